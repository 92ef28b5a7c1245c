from __future__ import annotations

import dataclasses
import io

from openpyxl import load_workbook

from tiendo.reports.xlsx_builder import HEADER_ROW, HEADERS, TABLE_SHEET, TEXT_SHEET, build_xlsx


def _workbook(content):
    return load_workbook(io.BytesIO(build_xlsx(content)))


def test_table_sheet_has_the_styled_header_and_a_frozen_pane(party_content):
    sheet = _workbook(party_content)[TABLE_SHEET]
    header = [cell.value for cell in sheet[HEADER_ROW]]
    assert tuple(header) == HEADERS
    assert all(cell.font.bold for cell in sheet[HEADER_ROW])
    assert sheet.freeze_panes == f"C{HEADER_ROW + 1}"
    assert sheet.column_dimensions["B"].width >= 40


def test_numbers_stay_numbers_with_vietnamese_friendly_formats(party_content):
    sheet = _workbook(party_content)[TABLE_SHEET]
    first = sheet[HEADER_ROW + 1]
    plan, value, percent = first[3], first[4], first[5]
    assert (plan.value, value.value, percent.value) == (953.2, 220.0, 23.08)
    assert plan.number_format == "#,##0.0#"
    assert value.number_format == "#,##0"
    assert "Số ước thực hiện" in first[8].value


def test_every_row_of_the_annex_is_in_the_sheet(party_content):
    sheet = _workbook(party_content)[TABLE_SHEET]
    indicators = [sheet.cell(row=HEADER_ROW + i, column=2).value for i in range(1, 4)]
    assert indicators == [row.indicator for row in party_content.rows]
    assert sheet.cell(row=HEADER_ROW + 4, column=2).value is None


def test_narrative_sheet_holds_the_summary_and_narrative(party_content):
    sheet = _workbook(party_content)[TEXT_SHEET]
    texts = [row[0].value for row in sheet.iter_rows()]
    assert texts[0] == party_content.summary
    assert texts[1] == party_content.narrative[0]


def test_every_ratio_of_a_row_is_in_the_sheet():
    from tests.reports.conftest import ROWS, make_content
    from tiendo.reports.content import Ratio

    revenue = dataclasses.replace(
        ROWS[1],
        ratios=(
            Ratio("budget_assigned", "dự toán tỉnh giao", 18.0, 0),
            Ratio("budget_self", "dự toán huyện phấn đấu", 16.0, 1),
        ),
    )
    book = load_workbook(io.BytesIO(build_xlsx(make_content(rows=(revenue,)))))
    notes = [cell.value for cell in book["Chỉ tiêu"]["I"] if cell.value]
    assert any("16,0% dự toán huyện phấn đấu" in note for note in notes)
