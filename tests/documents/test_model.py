from __future__ import annotations

import pytest

from tiendo.documents.builder import DocumentBuilder
from tiendo.documents.model import Table, cell_spans, render_rows

ROWS = [["STT", "Chỉ tiêu", "ĐVT"], ["1", "Thu ngân sách", "tỷ đồng"]]


def test_cell_spans_point_at_each_cell_of_the_rendered_table() -> None:
    text = render_rows(ROWS)
    for row, spans in zip(ROWS, cell_spans(ROWS), strict=True):
        assert [text[start:end] for start, end in spans] == row


def test_table_end_defaults_to_the_end_of_its_rendering() -> None:
    table = Table(ROWS, offset=10)
    assert table.end - table.offset == len(render_rows(ROWS))


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("Tổng thu\nngân sách", "Tổng thu ngân sách"), ("  1.200 ", "1.200"), ("Thu\u0309y", "Thủy")],
)
def test_builder_folds_cells_onto_one_nfc_line(cell: str, expected: str) -> None:
    builder = DocumentBuilder()
    builder.add_table([["Chỉ tiêu", "Giá trị"], ["x", cell]])
    document = builder.build()
    table = document.tables[0]
    assert table.rows[1][1] == expected
    assert document.text[table.offset : table.end] == render_rows(table.rows)


def test_builder_keeps_tables_between_the_paragraphs_around_them() -> None:
    builder = DocumentBuilder()
    builder.add_paragraph("Trước bảng.")
    builder.add_table(ROWS)
    builder.add_paragraph("Sau bảng.")
    builder.add_table([["Chỉ tiêu", "KH"], ["Thu", "10"]])
    document = builder.build()
    first, second = document.tables
    assert document.text[: first.offset].strip() == "Trước bảng."
    assert document.text[first.end : second.offset].strip() == "Sau bảng."
    assert document.title == "Trước bảng."


def test_title_skips_a_letterhead_table_and_joins_a_bare_document_type() -> None:
    builder = DocumentBuilder()
    builder.add_table([["HUYỆN ỦY BẢO THẮNG", "ĐẢNG CỘNG SẢN VIỆT NAM"], ["Số 15-NQ/HU", ""]])
    builder.add_paragraph("NGHỊ QUYẾT")
    builder.add_paragraph("về nhiệm vụ phát triển kinh tế - xã hội năm 2022")
    builder.add_paragraph("Năm 2021, huyện đạt và vượt 24/26 chỉ tiêu.")
    assert builder.build().title == "NGHỊ QUYẾT về nhiệm vụ phát triển kinh tế - xã hội năm 2022"
