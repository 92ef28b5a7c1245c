from __future__ import annotations

import os

import pytest

from tests.documents.samples import make_pdf, make_pdf_with_table, make_scanned_pdf
from tiendo.documents import DocumentError, read_bytes
from tiendo.documents.model import render_rows
from tiendo.documents.pdf_reader import join_lines

LINES = [
    "BÁO CÁO kết quả quý I năm 2022",
    "Tổng thu NSNN trên địa bàn trong quý I năm 2022 là 123,4 tỷ đồng,",
    "bằng 18% dự toán tỉnh giao, bằng 168,4% so với cùng kỳ năm 2021.",
    "Công tác thủy lợi, giao thông nông thôn được quan tâm đầu tư.",
]


def test_pdf_text_layer_is_read_in_nfc_with_broken_lines_rejoined() -> None:
    document = read_bytes(make_pdf(LINES), "bao-cao.pdf")
    assert document.text.split("\n") == [LINES[0], f"{LINES[1]} {LINES[2]}", LINES[3]]
    assert document.encoding == "pdf"


def test_ruled_pdf_table_is_read_as_rows_where_it_stands() -> None:
    rows = [
        ["Chỉ tiêu", "ĐVT", "KH năm", "TH quý I", "So với KH (%)"],
        ["Thu ngân sách", "tỷ đồng", "685,6", "123,4", "18"],
    ]
    data = make_pdf_with_table("Các chỉ tiêu quý I năm 2022:", rows, "Huyện tiếp tục chỉ đạo.")
    document = read_bytes(data, "bieu.pdf")
    [table] = document.tables
    assert table.rows == rows
    assert document.text[table.offset : table.end] == render_rows(rows)
    assert document.text[: table.offset].strip() == "Các chỉ tiêu quý I năm 2022:"
    assert document.text[table.end :].strip() == "Huyện tiếp tục chỉ đạo."


def test_scanned_pdf_of_noise_is_refused_as_holding_no_text(monkeypatch) -> None:
    from tiendo.documents import ocr_engine

    if not ocr_engine.tesseract_available():
        pytest.skip("Tesseract with Vietnamese is not installed")
    with pytest.raises(DocumentError) as error:
        read_bytes(make_scanned_pdf(), "ban-scan.pdf")
    assert "ban-scan.pdf" in str(error.value)
    assert "no text was found" in str(error.value)
    assert "không nhận dạng được chữ" in error.value.message_vi


def test_random_bytes_named_pdf_are_refused_with_the_file_name() -> None:
    with pytest.raises(DocumentError) as error:
        read_bytes(os.urandom(2048), "du-lieu.pdf")
    assert "du-lieu.pdf" in str(error.value)


def test_pdf_cut_short_is_refused_or_read_without_crashing() -> None:
    data = make_pdf(LINES)
    with pytest.raises(DocumentError) as error:
        read_bytes(data[:200], "cut.pdf")
    assert "cut.pdf" in str(error.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tổng thu đạt\n123,4 tỷ đồng.\nNăm 2023", "Tổng thu đạt 123,4 tỷ đồng.\nNăm 2023"),
        ("Mục tiêu:\n- Thu ngân sách", "Mục tiêu:\n- Thu ngân sách"),
        ("các chỉ tiêu\n1. Thu ngân sách", "các chỉ tiêu\n1. Thu ngân sách"),
        ("diện tích\n25.271,9 ha", "diện tích 25.271,9 ha"),
        ("- 2 -\nthu ngân sách đạt\n3", "thu ngân sách đạt"),
        ("Trang 1/3\nBáo cáo\nTrang 1/3", "Báo cáo"),
    ],
)
def test_lines_of_one_paragraph_are_rejoined(text: str, expected: str) -> None:
    assert join_lines(text) == expected
