from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from tests.documents.samples import make_pdf
from tiendo.documents import DocumentError, read_bytes, read_document


def _zip_with(name: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(name, "<x/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "filename", "reason"),
    [
        (b"", "rong.txt", "empty"),
        (b"  \n\t ", "trang.txt", "empty"),
        (b"\x00\x01 binary", "anh.png", "not a readable image"),
        (b"\x00\x01 binary", "bang.xlsb", "unsupported file type"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "cu.doc", "old binary Office"),
        (_zip_with("xl/workbook.xml"), "bang.docx", "Excel"),
        (b"PK\x03\x04 this is not really a zip", "hong.docx", "damaged"),
        (b"not a pdf at all", "gia.pdf", "%PDF"),
        (bytes(range(256)) * 8, "ngau-nhien.docx", "not a readable Word .docx"),
    ],
)
def test_unreadable_files_raise_an_error_naming_the_file_and_the_reason(
    data: bytes, filename: str, reason: str
) -> None:
    with pytest.raises(DocumentError) as error:
        read_bytes(data, filename)
    assert filename in str(error.value)
    assert reason in str(error.value)
    assert filename in error.value.message_vi
    assert error.value.message_vi.startswith("Không đọc được tệp")


def test_missing_file_is_reported_by_its_path(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="does not exist"):
        read_document(tmp_path / "khong-co.docx")


def test_content_wins_over_a_wrong_extension() -> None:
    document = read_bytes(make_pdf(["Nghị quyết về phát triển kinh tế năm 2023"]), "nq.txt")
    assert document.encoding == "pdf"
    assert document.text == "Nghị quyết về phát triển kinh tế năm 2023"


def test_html_without_extension_is_recognised_by_its_markup() -> None:
    page = (
        "<!DOCTYPE html><html><body><p>Kết nạp 80 đảng viên mới trong năm 2022.</p></body></html>"
    )
    document = read_bytes(page.encode(), "tai-ve")
    assert document.text == "Kết nạp 80 đảng viên mới trong năm 2022."


def test_importing_the_package_loads_no_heavy_library() -> None:
    import subprocess
    import sys

    code = (
        "import sys, tiendo.documents; "
        "print(sorted(m for m in ('docx', 'pdfplumber', 'trafilatura', 'lxml', 'pypdf') "
        "if m in sys.modules))"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert output.stdout.strip() == "[]"
