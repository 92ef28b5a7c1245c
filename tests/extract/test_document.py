from __future__ import annotations

import pytest

import tiendo.extract
from tiendo.documents.builder import DocumentBuilder
from tiendo.documents.model import Document
from tiendo.extract.document import document_year, figures_from_document, prose_and_year
from tiendo.periods import Period

PROSE = "Tổng thu NSNN trên địa bàn trong quý I năm 2022 là 123,4 tỷ đồng, bằng 18% dự toán."
TABLE = [
    ["Chỉ tiêu", "ĐVT", "KH năm", "TH quý I", "So sánh (%)", ""],
    ["", "", "", "", "KH", "Cùng kỳ"],
    ["Thu ngân sách", "tỷ đồng", "685,6", "123,4", "18", "168,4"],
]


def _report() -> Document:
    builder = DocumentBuilder()
    builder.add_paragraph("BÁO CÁO kết quả thực hiện nhiệm vụ quý I năm 2022")
    builder.add_paragraph("Bảo Thắng, ngày 05 tháng 4 năm 2021")
    builder.add_paragraph(PROSE)
    builder.add_table(TABLE)
    builder.add_paragraph("Kết nạp 80 đảng viên mới.")
    return builder.build()


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("", "ĐẢNG BỘ HUYỆN\nNGHỊ QUYẾT về nhiệm vụ năm 2022", 2022),
        ("", "Lào Cai, ngày 30 tháng 12 năm 2021\nBÁO CÁO 6 tháng đầu năm 2022", 2022),
        ("Kết quả quý I/2023", "Nội dung", 2023),
        ("", "Không nói năm nào", None),
    ],
)
def test_document_year_comes_from_the_title_not_the_signing_date(
    title: str, text: str, expected: int | None
) -> None:
    assert document_year(Document(text, title=title)) == expected


def test_prose_goes_to_extract_figures_with_tables_blanked_and_the_year() -> None:
    document = _report()
    prose, year = prose_and_year(document)
    table = document.tables[0]
    assert year == 2022
    assert len(prose) == len(document.text)
    assert prose[table.offset : table.end].strip("\n") == ""
    assert prose[: table.offset] == document.text[: table.offset]


def test_prose_and_table_figures_come_in_document_order_pointing_into_its_text() -> None:
    document = _report()
    figures = figures_from_document(document)
    assert [document.text[f.start : f.end] for f in figures] == [
        "123,4 tỷ đồng",
        "685,6",
        "123,4",
        "80 đảng viên",
    ]
    assert [f.kind for f in figures] == ["actual", "target", "actual", "actual"]
    assert figures[0].period == Period(2022, 1, 3)
    assert figures[1].period == Period(2022, 1, 12)
    assert figures[2].period == Period(2022, 1, 3)
    assert [(c.basis, c.percent) for c in figures[2].comparisons] == [
        ("plan", 18.0),
        ("same_period", 168.4),
    ]


def test_real_extractor_reads_the_prose_of_a_document() -> None:
    if not hasattr(tiendo.extract, "extract_figures"):
        pytest.skip("tiendo.extract.extract_figures is not written yet")
    document = _report()
    figures = figures_from_document(document)
    table = document.tables[0]
    prose_figures = [f for f in figures if not table.offset <= f.start < table.end]
    assert any(f.value == 123.4 and f.unit == "tỷ đồng" for f in prose_figures)
    assert all(
        document.text[f.start : f.end].replace(".", "").replace(",", "").strip() for f in figures
    )
