from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tiendo.documents import read_bytes, read_document
from tiendo.documents.legacy_encodings import (
    encode_tcvn3,
    encode_vni,
    encode_windows1258,
)
from tiendo.documents.text_decoding import decode_text

REPORT = (
    "Báo cáo kết quả 6 tháng đầu năm 2023\n"
    "Tổng thu ngân sách nhà nước trên địa bàn ước đạt 650,5 tỷ đồng, bằng 54,2% kế hoạch.\n"
    "Diện tích gieo trồng cây hằng năm đạt 25.271,9 ha; sản lượng lương thực 61.000 tấn.\n"
    "Kết nạp 80 đảng viên mới, tỷ lệ hộ nghèo giảm còn 9,5%; thủy lợi và giao thông được đầu tư."
)


def _utf16_without_bom(text: str) -> bytes:
    return text.encode("utf-16-le")


def _vni_saved_as_utf8(text: str) -> bytes:
    return encode_vni(text).decode("cp1252", errors="replace").encode("utf-8")


def _tcvn3_saved_as_utf8(text: str) -> bytes:
    return encode_tcvn3(text).decode("latin-1").encode("utf-8")


ENCODINGS: list[tuple[str, Callable[[str], bytes], str]] = [
    ("utf-8", lambda text: text.encode("utf-8"), "utf-8"),
    ("utf-8 with BOM", lambda text: text.encode("utf-8-sig"), "utf-8-sig"),
    ("utf-16 with BOM", lambda text: text.encode("utf-16"), "utf-16"),
    ("utf-16 without BOM", _utf16_without_bom, "utf-16-le"),
    ("windows-1258", encode_windows1258, "windows-1258"),
    ("vni", encode_vni, "vni"),
    ("vni in utf-8", _vni_saved_as_utf8, "utf-8 (vni)"),
]


@pytest.mark.parametrize(("label", "encode", "expected_encoding"), ENCODINGS)
def test_text_file_is_decoded_to_the_same_nfc_text(
    label: str, encode: Callable[[str], bytes], expected_encoding: str
) -> None:
    document = read_bytes(encode(REPORT), f"{label}.txt")
    assert document.text == REPORT
    assert document.encoding == expected_encoding
    assert unicodedata.is_normalized("NFC", document.text)


@pytest.mark.parametrize(
    ("encode", "expected_encoding"),
    [(encode_tcvn3, "tcvn3"), (_tcvn3_saved_as_utf8, "utf-8 (tcvn3)")],
)
def test_tcvn3_file_is_decoded_with_its_lower_case_capitals(
    encode: Callable[[str], bytes], expected_encoding: str
) -> None:
    # TCVN3 has no codes for capitals with tone marks: "Báo" is stored as "báo"
    # unless the line was typed in the capitals font.
    document = read_bytes(encode(REPORT), "tcvn3.txt")
    assert document.encoding == expected_encoding
    assert document.text.lower() == REPORT.lower()


def test_windows_1258_combining_tones_are_composed_into_nfc() -> None:
    data = encode_windows1258("Nghị quyết về thủy lợi")
    assert b"\xf2" in data  # the combining dot below, as the code page stores it
    assert read_bytes(data, "nq.txt").text == "Nghị quyết về thủy lợi"


def test_plain_latin_text_in_utf8_is_not_mistaken_for_vni() -> None:
    text = "Café du Marché: 12 € — São Paulo, Zürich, naïve résumé, Ångström, façade."
    document = read_bytes(text.encode("utf-8"), "latin.txt")
    assert document.text == text
    assert document.encoding == "utf-8"


def test_decomposed_utf8_input_is_returned_in_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", REPORT)
    assert read_bytes(decomposed.encode("utf-8"), "nfd.txt").text == REPORT


def test_first_line_becomes_the_title(tmp_path: Path) -> None:
    path = tmp_path / "bao-cao.txt"
    path.write_bytes(REPORT.encode("utf-8"))
    document = read_document(path)
    assert document.title == "Báo cáo kết quả 6 tháng đầu năm 2023"
    assert document.filename == str(path)


@given(st.binary(min_size=1, max_size=400))
def test_any_bytes_decode_to_nfc_text_without_crashing(data: bytes) -> None:
    text, encoding = decode_text(data)
    assert unicodedata.is_normalized("NFC", text)
    assert encoding


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aăâđêôơưĩũĂĐƠƯĨŨạỹẠỸ\xa0\xff\xfe\u1e9f\u1efa xyz\x9f\u0100", max_size=80))
def test_letters_are_counted_by_pattern_as_one_by_one(text: str) -> None:
    from tiendo.documents import text_decoding as decoding

    latin = sum(1 for char in text if 0xA0 <= ord(char) <= 0xFF)
    unicode_only = sum(
        1 for char in text if char in "ăđơưĩũĂĐƠƯĨŨ" or 0x1EA0 <= ord(char) <= 0x1EF9
    )
    assert decoding._count(decoding._LATIN1_LETTERS, text) == latin
    assert decoding._count(decoding._UNICODE_ONLY_LETTERS, text) == unicode_only
