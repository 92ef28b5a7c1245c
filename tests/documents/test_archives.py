"""The archive guard: zip-based documents are checked before a reader inflates them."""

from __future__ import annotations

import io
import struct
import zipfile

import pytest

from tests.documents.bombs import lying_bomb, word_bomb
from tiendo.documents import DocumentError, read_bytes
from tiendo.documents.archives import ArchiveLimits, check_archive


def _zip(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _encrypted(data: bytes) -> bytes:
    """Set the "encrypted" flag in every directory entry, as a password-protected zip has."""
    patched = bytearray(data)
    position = patched.find(b"PK\x01\x02")
    while position >= 0:
        (flags,) = struct.unpack_from("<H", patched, position + 8)
        struct.pack_into("<H", patched, position + 8, flags | 1)
        position = patched.find(b"PK\x01\x02", position + 4)
    return bytes(patched)


def test_a_real_word_report_passes_the_guard_and_is_read(docx_bytes: bytes) -> None:
    check_archive(docx_bytes, "bao-cao.docx")
    assert "thu ngân sách" in read_bytes(docx_bytes, "bao-cao.docx").text


@pytest.mark.parametrize(
    ("case", "reason_vi"),
    [
        ("gigabyte", "giải nén ra hơn 64 MB"),
        ("lying", "làm giả kích thước"),
        ("ratio", "quá giới hạn 100 lần"),
        ("members", "chứa 2.001 tệp con"),
        ("bzip2", "cách mà văn bản Office không dùng"),
        ("encrypted", "đặt mật khẩu"),
        ("truncated", "tải lên chưa hết"),
    ],
)
def test_a_dangerous_word_file_is_refused_in_vietnamese_before_it_is_inflated(
    docx_bytes: bytes, case: str, reason_vi: str
) -> None:
    data = {
        "gigabyte": lambda: word_bomb(docx_bytes),
        "lying": lambda: lying_bomb(docx_bytes),
        "ratio": lambda: word_bomb(docx_bytes, 40 * 1024 * 1024),
        "members": lambda: _zip({f"word/media/{n}.xml": b"<a/>" for n in range(2001)}),
        "bzip2": lambda: _zip({"word/document.xml": b"<a/>" * 100}, zipfile.ZIP_BZIP2),
        "encrypted": lambda: _encrypted(docx_bytes),
        "truncated": lambda: docx_bytes[: len(docx_bytes) // 2],
    }[case]()
    with pytest.raises(DocumentError) as error:
        read_bytes(data, "bao-cao.docx")
    assert reason_vi in error.value.message_vi
    assert "bao-cao.docx" in error.value.message_vi


@pytest.mark.parametrize(
    ("filename", "body"),
    [("bang.xlsx", "xl/worksheets/sheet1.xml"), ("van-ban.odt", "content.xml")],
)
def test_spreadsheets_and_open_documents_are_checked_before_their_type_is_judged(
    filename: str, body: str
) -> None:
    bomb = _zip({body: b"0" * (80 * 1024 * 1024)})
    with pytest.raises(DocumentError) as error:
        read_bytes(bomb, filename)
    assert "quá giới hạn" in error.value.message_vi


def test_a_member_count_over_the_limit_is_refused_before_the_directory_is_parsed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    crowded = _zip({f"{n}.xml": b"<a/>" for n in range(12)})

    def no_parsing(*args: object, **kwargs: object) -> None:
        raise AssertionError("the directory was parsed")

    monkeypatch.setattr(zipfile, "ZipFile", no_parsing)
    with pytest.raises(DocumentError, match="holds 12 files"):
        check_archive(crowded, "nhieu-tep.docx", ArchiveLimits(max_members=10))


def test_small_parts_that_compress_well_are_not_judged_by_their_ratio() -> None:
    # Styles and empty sheets compress hundreds of times but weigh a few kilobytes.
    check_archive(_zip({"word/styles.xml": b" " * 500_000}), "nho.docx")


def _workbook() -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Chỉ tiêu", "Kế hoạch", "Thực hiện"])
    for row in range(500):
        sheet.append([f"Chỉ tiêu {row}", row * 1.5, row * 1.2])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _open_document() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        content = "<office:document-content>" + "<text:p>Thu ngân sách</text:p>" * 2000
        archive.writestr(
            "content.xml", content + "</office:document-content>", zipfile.ZIP_DEFLATED
        )
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("filename", "make"), [("bang.xlsx", _workbook), ("van-ban.odt", _open_document)]
)
def test_real_spreadsheets_and_open_documents_pass_the_guard(filename: str, make) -> None:
    check_archive(make(), filename)
