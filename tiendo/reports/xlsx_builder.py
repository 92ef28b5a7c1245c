"""The report's annex table as an .xlsx workbook: one sheet with the table (numbers
stay numbers, so they can be summed and charted), one with the written assessment."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from tiendo.reports.content import AnnexRow, ReportContent
from tiendo.reports.format_rules import load_format
from tiendo.reports.numbers import percent_text

TABLE_SHEET = "Chỉ tiêu"
TEXT_SHEET = "Nhận định"
HEADERS = (
    "STT",
    "Chỉ tiêu",
    "ĐVT",
    "Kế hoạch",
    "Thực hiện/Ước thực hiện",
    "% KH",
    "So cùng kỳ (%)",
    "Đánh giá",
    "Ghi chú",
)
WIDTHS = (6, 48, 12, 14, 16, 10, 14, 20, 36)
# The header row; rows above it hold the title.
HEADER_ROW = 4
# Excel shows these with the reader's separators: 1.234,5 on a Vietnamese system.
WHOLE_NUMBER = "#,##0"
DECIMAL_NUMBER = "#,##0.0#"
PERCENT_NUMBER = "#,##0.00"
FONT = "Times New Roman"

_thin = Side(style="thin", color="000000")
BORDER = Border(left=_thin, right=_thin, top=_thin, bottom=_thin)
HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")


def _number_format(value: float | None) -> str:
    return WHOLE_NUMBER if value is not None and float(value).is_integer() else DECIMAL_NUMBER


def _notes(row: AnnexRow) -> str:
    notes = []
    if row.plan_text:
        notes.append(f"Kế hoạch: {row.plan_text}")
    if row.is_estimate:
        notes.append("Số ước thực hiện")
    if row.plan_inferred:
        notes.append("Kế hoạch tính ngược từ tỷ lệ % đã báo cáo")
    if len(row.ratios) > 1:
        # The % column holds one ratio; every other one the source reported is here.
        ratios = ", ".join(f"{percent_text(r.percent, r.decimals)}% {r.label}" for r in row.ratios)
        notes.append(f"Tỷ lệ: {ratios}")
    return "; ".join(notes)


def _write_title(sheet: Worksheet, content: ReportContent) -> None:
    annex = load_format(content.style)["annex"]
    last = get_column_letter(len(HEADERS))
    for row, text, bold in (
        (1, content.render(annex["subtitle_template"]), True),
        (2, content.render(annex["reference_template"]), False),
    ):
        sheet.merge_cells(f"A{row}:{last}{row}")
        cell = sheet.cell(row=row, column=1, value=text)
        cell.font = Font(name=FONT, size=13, bold=bold, italic=not bold)
        cell.alignment = Alignment(horizontal="center")


def _write_table(sheet: Worksheet, rows: list[AnnexRow]) -> None:
    for column, (title, width) in enumerate(zip(HEADERS, WIDTHS, strict=True), start=1):
        cell = sheet.cell(row=HEADER_ROW, column=column, value=title)
        cell.font = Font(name=FONT, size=12, bold=True)
        cell.fill = HEADER_FILL
        cell.border = BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.row_dimensions[HEADER_ROW].height = 32
    for offset, row in enumerate(rows, start=1):
        values = (
            row.ordinal,
            row.indicator,
            row.unit,
            row.plan,
            row.value,
            row.percent_of_plan,
            row.same_period_percent,
            row.assessment,
            _notes(row),
        )
        formats = (
            None,
            None,
            None,
            _number_format(row.plan),
            _number_format(row.value),
            PERCENT_NUMBER,
            PERCENT_NUMBER,
            None,
            None,
        )
        for column, (value, number_format) in enumerate(zip(values, formats, strict=True), 1):
            cell = sheet.cell(row=HEADER_ROW + offset, column=column, value=value)
            cell.font = Font(name=FONT, size=12)
            cell.border = BORDER
            wrap = column in (2, 8, 9)
            cell.alignment = Alignment(
                vertical="center", wrap_text=wrap, horizontal="center" if column in (1, 3) else None
            )
            if number_format:
                cell.number_format = number_format
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=3)
    last_row = HEADER_ROW + len(rows)
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(HEADERS))}{last_row}"


def _write_text(sheet: Worksheet, content: ReportContent) -> None:
    sheet.column_dimensions["A"].width = 120
    paragraphs = [content.summary, *content.narrative]
    if content.warnings:
        paragraphs += ["Những vấn đề cần lưu ý:", *(f"- {w}" for w in content.warnings)]
    for index, text in enumerate(p for p in paragraphs if p):
        cell = sheet.cell(row=index + 1, column=1, value=text)
        cell.font = Font(name=FONT, size=12)
        cell.alignment = Alignment(wrap_text=True, vertical="top")


def build_xlsx(content: ReportContent) -> bytes:
    workbook = Workbook()
    table = workbook.active
    table.title = TABLE_SHEET
    _write_title(table, content)
    _write_table(table, list(content.rows))
    _write_text(workbook.create_sheet(TEXT_SHEET), content)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
