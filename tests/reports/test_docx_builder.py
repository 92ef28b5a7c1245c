from __future__ import annotations

import io

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from tests.reports.conftest import make_content
from tiendo.reports.docx_builder import ANNEX_HEADERS, build_docx


def _open(content) -> Document:
    return Document(io.BytesIO(build_docx(content)))


def _cell_lines(table) -> list[str]:
    return [p.text for row in table.rows for cell in row.cells for p in cell.paragraphs]


def _runs(paragraph_text: str, doc: Document):
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    if paragraph.text == paragraph_text:
                        return paragraph.runs
    for paragraph in doc.paragraphs:
        if paragraph.text == paragraph_text:
            return paragraph.runs
    raise AssertionError(f"{paragraph_text!r} not found")


@pytest.fixture
def party_doc(party_content) -> Document:
    return _open(party_content)


def test_party_header_has_the_issuer_the_party_name_and_the_number(party_doc):
    header = _cell_lines(party_doc.tables[0])
    assert header[:3] == ["ĐẢNG BỘ TỈNH LÀO CAI", "HUYỆN ỦY BẢO THẮNG", "*"]
    assert "Số 15-BC/HU" in header
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in header
    assert "Bảo Thắng, ngày 15 tháng 4 năm 2022" in header


def test_party_name_is_bold_and_underlined_and_the_date_italic(party_doc):
    (party,) = _runs("ĐẢNG CỘNG SẢN VIỆT NAM", party_doc)
    assert party.bold and party.underline
    (date,) = _runs("Bảo Thắng, ngày 15 tháng 4 năm 2022", party_doc)
    assert date.italic


def test_header_and_signature_tables_have_no_borders(party_doc):
    for table in (party_doc.tables[0], party_doc.tables[1]):
        borders = table._tbl.tblPr.xpath("./w:tblBorders/*")
        assert borders and all(
            b.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val") == "nil"
            for b in borders
        )


def test_title_and_summary_follow_the_header(party_doc):
    texts = [p.text for p in party_doc.paragraphs]
    title = texts.index("BÁO CÁO")
    assert texts[title + 1] == "kết quả thực hiện Nghị quyết số 15-NQ/HU quý I năm 2022"
    assert _runs("BÁO CÁO", party_doc)[0].bold


def test_signature_block_is_on_the_right_and_recipients_on_the_left(party_doc):
    signature_table = party_doc.tables[1]
    left, right = signature_table.rows[0].cells
    assert left.paragraphs[0].text == "Nơi nhận:"
    right_lines = [p.text for p in right.paragraphs if p.text]
    assert right_lines == ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn A (minh họa)"]
    items = [p for p in left.paragraphs[1:] if p.text]
    assert items and all(run.font.size == Pt(12) for p in items for run in p.runs)


def test_signer_title_can_be_the_deputy_secretary():
    doc = _open(make_content("party", signer_title="PHÓ BÍ THƯ"))
    right = doc.tables[1].rows[0].cells[1]
    assert "PHÓ BÍ THƯ" in [p.text for p in right.paragraphs]


def test_body_is_times_new_roman_14_justified_with_first_line_indent(party_doc, party_content):
    assert party_doc.styles["Normal"].font.name == "Times New Roman"
    assert party_doc.styles["Normal"].font.size == Pt(14)
    body = next(p for p in party_doc.paragraphs if p.text == party_content.summary)
    assert body.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert body.paragraph_format.first_line_indent > 0
    assert all(run.font.name == "Times New Roman" and run.font.size == Pt(14) for run in body.runs)


def test_margins_are_20_20_30_15_mm_on_a4(party_doc):
    section = party_doc.sections[0]
    margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    assert tuple(round(m / Mm(1)) for m in margins) == (20, 20, 30, 15)
    assert (round(section.page_width / Mm(1)), round(section.page_height / Mm(1))) == (210, 297)


def test_page_numbers_start_on_page_two(party_doc):
    section = party_doc.sections[0]
    assert section.different_first_page_header_footer
    header_xml = section.header._element.xml
    assert "PAGE" in header_xml
    assert "PAGE" not in section.first_page_header._element.xml


def test_annex_table_lists_every_target_with_vietnamese_numbers(party_doc):
    annex = party_doc.tables[2]
    assert tuple(cell.text for cell in annex.rows[0].cells) == ANNEX_HEADERS
    first = [cell.text for cell in annex.rows[1].cells]
    assert first == [
        "1",
        "Giá trị sản xuất công nghiệp - TTCN",
        "tỷ đồng",
        "953,2 (**)",
        "220 (*)",
        "23,08",
        "",
        "Chậm tiến độ",
    ]
    assert [cell.text for cell in annex.rows[2].cells][6] == "168,4"
    assert len(annex.rows) == 1 + 3


def test_annex_carries_the_progress_chart_as_an_image(party_doc):
    assert len(party_doc.inline_shapes) == 1


def test_report_without_rows_has_no_annex():
    doc = _open(make_content("party", rows=()))
    assert len(doc.tables) == 2
    assert not doc.inline_shapes


def test_state_format_has_the_national_motto_and_its_own_titles(state_content):
    doc = _open(state_content)
    header = _cell_lines(doc.tables[0])
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in header
    assert "Độc lập - Tự do - Hạnh phúc" in header
    (motto,) = _runs("Độc lập - Tự do - Hạnh phúc", doc)
    assert motto.bold and motto.underline
    assert header[:2] == ["ỦY BAN NHÂN DÂN", "HUYỆN BẢO THẮNG"]
    assert "Số: 15-BC/HU" in header
    right = [p.text for p in doc.tables[1].rows[0].cells[1].paragraphs if p.text]
    assert right[:2] == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]


def test_the_annex_gives_every_reported_ratio_its_own_column():
    import dataclasses

    from tests.reports.conftest import ROWS
    from tiendo.reports.content import Ratio

    revenue = dataclasses.replace(
        ROWS[1],
        plan_label="dự toán tỉnh giao",
        ratios=(
            Ratio("budget_assigned", "dự toán tỉnh giao", 18.0, 0),
            Ratio("budget_self", "dự toán huyện phấn đấu", 16.0, 1),
        ),
    )
    doc = _open(make_content("party", rows=(ROWS[0], revenue)))
    annex = doc.tables[2]
    headers = [cell.text for cell in annex.rows[0].cells]
    assert headers[5:8] == ["% KH", "% dự toán tỉnh giao", "% dự toán huyện phấn đấu"]
    assert [cell.text for cell in annex.rows[2].cells][5:9] == ["", "18", "16,0", "168,4"]
    assert annex.rows[2].cells[3].text == "685,56 (**)\n(dự toán tỉnh giao)"
    assert doc.sections[-1].page_width > doc.sections[-1].page_height


def test_the_chart_legend_explains_the_colours_in_use():
    from tests.reports.conftest import ROWS
    from tiendo.reports.charts import legend_entries

    assert legend_entries(ROWS) == ["Thực hiện", "Ước thực hiện", "100% kế hoạch (dự toán)"]
    assert legend_entries(ROWS[:1]) == ["Ước thực hiện", "100% kế hoạch (dự toán)"]
