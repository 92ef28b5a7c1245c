"""The report as a .docx in the Party format (Hướng dẫn 36-HD/VPTW) or the state
format (Nghị định 30/2020/NĐ-CP); every size, text and margin comes from the
format's TOML file (tiendo/reports/formats/)."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from typing import Any

from docx import Document as new_document
from docx.document import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from tiendo.reports.charts import percent_of_plan_chart
from tiendo.reports.content import AnnexRow, ReportContent, Section
from tiendo.reports.docx_helpers import (
    add_grid_borders,
    add_page_number_field,
    add_run,
    cell_paragraph,
    fixed_layout,
    keep_row_together,
    remove_borders,
    repeat_as_header,
    tight,
)
from tiendo.reports.format_rules import load_format
from tiendo.reports.numbers import number_text, percent_text

CENTER = WD_ALIGN_PARAGRAPH.CENTER
LEFT = WD_ALIGN_PARAGRAPH.LEFT
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY
A4 = (210, 297)

ANNEX_HEADERS = (
    "STT",
    "Chỉ tiêu",
    "ĐVT",
    "Kế hoạch",
    "Thực hiện/ Ước thực hiện",
    "% KH",
    "So cùng kỳ (%)",
    "Đánh giá",
)
# Millimetres of every column but "Chỉ tiêu", which takes what is left of the text
# width; wide enough at 12 pt for "3.467,15 (**)" and "Thực hiện/" on one line.
FIXED_WIDTHS = {"STT": 12, "ĐVT": 18, "Kế hoạch": 30, "Thực hiện": 26, "Đánh giá": 28}
RATIO_WIDTH = 20
SAME_PERIOD_HEADER = "So cùng kỳ (%)"


def ratio_columns(rows: Sequence[AnnexRow]) -> list[tuple[str, str]]:
    """(kind, header) of one column per kind of ratio any row reports, in the order
    first met: "% KH", "% dự toán tỉnh giao", "% dự toán huyện phấn đấu"."""
    found: dict[str, str] = {}
    for row in rows:
        for ratio in row.ratios:
            found.setdefault(ratio.kind, f"% {ratio.label}")
        if not row.ratios and row.percent_of_plan is not None:
            found.setdefault("plan", "% KH")
    return list(found.items()) or [("plan", "% KH")]


def annex_headers(rows: Sequence[AnnexRow]) -> list[str]:
    ratios = [header for _, header in ratio_columns(rows)]
    return [*ANNEX_HEADERS[:5], *ratios, *ANNEX_HEADERS[6:]]


def annex_widths(rows: Sequence[AnnexRow], text_width_mm: float) -> list[float]:
    ratio_count = len(ratio_columns(rows))
    fixed = sum(FIXED_WIDTHS.values()) + RATIO_WIDTH * (ratio_count + 1)
    indicator = max(40.0, text_width_mm - fixed)
    return [
        FIXED_WIDTHS["STT"],
        indicator,
        FIXED_WIDTHS["ĐVT"],
        FIXED_WIDTHS["Kế hoạch"],
        FIXED_WIDTHS["Thực hiện"],
        *[RATIO_WIDTH] * ratio_count,
        RATIO_WIDTH,
        FIXED_WIDTHS["Đánh giá"],
    ]


class _Writer:
    """Writes one report; keeps the document, the format and the content together."""

    def __init__(self, content: ReportContent, rules: Mapping[str, Any]) -> None:
        self.content = content
        self.rules = rules
        self.font = rules["font"]["name"]
        self.body_size = rules["font"]["body_size"]
        self.doc: Document = new_document()

    # Page, styles -----------------------------------------------------------------

    def setup_page(self) -> None:
        page = self.rules["page"]
        section = self.doc.sections[0]
        section.page_width, section.page_height = Mm(A4[0]), Mm(A4[1])
        section.top_margin = Mm(page["top"])
        section.bottom_margin = Mm(page["bottom"])
        section.left_margin = Mm(page["left"])
        section.right_margin = Mm(page["right"])
        section.header_distance = Mm(page.get("header_distance", 10))
        normal = self.doc.styles["Normal"]
        normal.font.name = self.font
        normal.font.size = Pt(self.body_size)
        r_fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
        for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            r_fonts.set(qn(slot), self.font)
        normal.paragraph_format.space_after = Pt(0)
        if page.get("number_from_page_two"):
            self.page_numbers(section)

    def page_numbers(self, section: Any) -> None:
        """Numbers at the top centre from page 2; the first page shows none."""
        section.different_first_page_header_footer = True
        paragraph = tight(section.header.paragraphs[0], CENTER)
        add_page_number_field(paragraph, font=self.font, size=self.body_size)

    def text_width_mm(self) -> float:
        page = self.rules["page"]
        section = self.doc.sections[-1]
        width = A4[1] if section.orientation == WD_ORIENT.LANDSCAPE else A4[0]
        return width - page["left"] - page["right"]

    # Building blocks --------------------------------------------------------------

    def body_paragraph(
        self,
        text: str,
        *,
        bold: bool = False,
        italic: bool = False,
        indent: bool = True,
        align: WD_ALIGN_PARAGRAPH = JUSTIFY,
    ) -> None:
        font_rules = self.rules["font"]
        paragraph = self.doc.add_paragraph()
        paragraph.alignment = align
        fmt = paragraph.paragraph_format
        fmt.space_before = Pt(0)
        fmt.space_after = Pt(font_rules.get("space_after", 6))
        fmt.line_spacing = font_rules.get("line_spacing", 1.15)
        if indent:
            fmt.first_line_indent = Mm(font_rules.get("first_line_indent_mm", 12.7))
        add_run(paragraph, text, font=self.font, size=self.body_size, bold=bold, italic=italic)

    def centered(
        self,
        text: str,
        *,
        size: float,
        bold: bool = False,
        italic: bool = False,
        space_before: float = 0,
        space_after: float = 0,
    ) -> None:
        paragraph = tight(self.doc.add_paragraph(), CENTER)
        paragraph.paragraph_format.space_before = Pt(space_before)
        paragraph.paragraph_format.space_after = Pt(space_after)
        add_run(paragraph, text, font=self.font, size=size, bold=bold, italic=italic)

    def two_columns(self, left_mm: float) -> tuple[Any, Any]:
        table = self.doc.add_table(rows=1, cols=2)
        remove_borders(table)
        fixed_layout(table)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        widths = (Mm(left_mm), Mm(self.text_width_mm() - left_mm))
        for cell, width in zip(table.rows[0].cells, widths, strict=True):
            cell.width = width
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
        keep_row_together(table)
        left, right = table.rows[0].cells
        return left, right

    def header_lines(self, cell: Any, lines: list[Mapping[str, Any]]) -> None:
        """The stacked, centred lines of one header column (issuer or motto)."""
        for line in lines:
            add_run(
                cell_paragraph(cell, CENTER),
                self.content.render(line["text"]),
                font=self.font,
                size=line["size"],
                bold=line.get("bold", False),
                underline=line.get("underline", False),
            )

    # Sections of the report -------------------------------------------------------

    def header(self) -> None:
        rules = self.rules["header"]
        render = self.content.render
        left, right = self.two_columns(rules["left_width_mm"])
        self.header_lines(left, rules["issuer_lines"])
        number = cell_paragraph(left, CENTER)
        number.paragraph_format.space_before = Pt(4)
        add_run(number, render(rules["number_template"]), font=self.font, size=rules["number_size"])
        self.header_lines(right, rules["motto_lines"])
        # The place and date sit level with the number, under the motto.
        date = cell_paragraph(right, CENTER)
        issuer_count = len(rules["issuer_lines"])
        gap = max(0, issuer_count - len(rules["motto_lines"]))
        date.paragraph_format.space_before = Pt(4 + 16 * gap)
        add_run(
            date,
            render(rules["date_template"]),
            font=self.font,
            size=rules["date_size"],
            italic=True,
        )

    def title(self) -> None:
        rules = self.rules["title"]
        self.centered(rules["text"], size=rules["size"], bold=True, space_before=18)
        self.centered(
            self.content.render(rules["summary_template"]), size=rules["summary_size"], bold=True
        )
        self.centered(rules["separator"], size=self.body_size, space_after=12)

    def body(self) -> None:
        rules = self.rules["body"]
        render = self.content.render
        self.body_paragraph(render(rules["opening_template"]))
        self.body_paragraph(rules["results_heading"], bold=True)
        if self.content.summary:
            self.body_paragraph(self.content.summary)
        for paragraph in self.content.narrative:
            self.body_paragraph(paragraph)
        if self.content.rows:
            self.body_paragraph(rules["annex_reference"], italic=True)
        if self.content.assessment:
            self.body_paragraph(rules["assessment_heading"], bold=True)
            for section in self.content.assessment:
                self.section(section)
        if self.content.solutions:
            self.body_paragraph(rules["solutions_heading"], bold=True)
            for line in self.content.solutions:
                self.body_paragraph(f"- {line}")

    def section(self, section: Section) -> None:
        self.body_paragraph(section.heading, bold=True, italic=True)
        for paragraph in section.paragraphs:
            self.body_paragraph(f"- {paragraph}")

    def signature(self) -> None:
        signature = self.rules["signature"]
        recipients = self.rules["recipients"]
        render = self.content.render
        spacer = self.doc.add_paragraph()
        tight(spacer).paragraph_format.space_after = Pt(6)
        left, right = self.two_columns(self.text_width_mm() * 0.5)
        heading = cell_paragraph(left, LEFT)
        add_run(
            heading,
            recipients["heading"],
            font=self.font,
            size=recipients["heading_size"],
            bold=recipients.get("heading_bold", False),
            italic=recipients.get("heading_italic", False),
            underline=recipients.get("heading_underline", False),
        )
        for item in self.content.recipients or recipients["default"]:
            add_run(
                cell_paragraph(left, LEFT),
                f"- {render(item)}",
                font=self.font,
                size=recipients["item_size"],
                italic=recipients.get("item_italic", False),
            )
        size = signature["size"]
        add_run(
            cell_paragraph(right, CENTER),
            render(signature["on_behalf"]),
            font=self.font,
            size=size,
            bold=True,
        )
        title = self.content.signer_title or signature["title"]
        add_run(cell_paragraph(right, CENTER), render(title), font=self.font, size=size, bold=True)
        for _ in range(signature.get("blank_lines", 4)):
            cell_paragraph(right, CENTER)
        signer = self.content.signer or signature.get("default_signer", "")
        add_run(cell_paragraph(right, CENTER), signer, font=self.font, size=size, bold=True)

    def annex_page(self, landscape: bool) -> None:
        """The annex starts a page of its own; landscape when the format says so, so
        that every column is wide enough to keep its numbers on one line."""
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        # The annex's first page is numbered like any page after the first.
        section.different_first_page_header_footer = False
        if landscape:
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = Mm(A4[1]), Mm(A4[0])

    def annex(self) -> None:
        rules = self.rules["annex"]
        render = self.content.render
        self.annex_page(rules.get("landscape", False))
        self.centered(rules["title"], size=self.body_size, bold=True)
        self.centered(render(rules["subtitle_template"]), size=self.body_size, bold=True)
        self.centered(
            render(rules["reference_template"]), size=self.body_size, italic=True, space_after=8
        )
        self.annex_table(rules["table_size"])
        notes = []
        if any(row.is_estimate for row in self.content.rows):
            notes.append("(*) Số ước thực hiện.")
        if any(row.plan_inferred for row in self.content.rows):
            notes.append("(**) Kế hoạch tính ngược từ tỷ lệ % đã báo cáo.")
        for note in notes:
            paragraph = tight(self.doc.add_paragraph(), LEFT)
            add_run(paragraph, note, font=self.font, size=rules["table_size"], italic=True)
        chart = percent_of_plan_chart(self.content.rows, render(rules["chart_heading"]))
        if chart is not None:
            paragraph = tight(self.doc.add_paragraph(), CENTER)
            paragraph.paragraph_format.space_before = Pt(12)
            paragraph.add_run().add_picture(io.BytesIO(chart), width=Mm(rules["chart_width_mm"]))

    def annex_table(self, size: float) -> None:
        rows = self.content.rows
        headers = annex_headers(rows)
        widths = annex_widths(rows, self.text_width_mm())
        kinds = [kind for kind, _ in ratio_columns(rows)]
        table = self.doc.add_table(rows=1, cols=len(headers))
        add_grid_borders(table)
        fixed_layout(table)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for column, width in zip(table.columns, widths, strict=True):
            column.width = Mm(width)
        for cell, text in zip(table.rows[0].cells, headers, strict=True):
            add_run(cell_paragraph(cell, CENTER), text, font=self.font, size=size, bold=True)
        repeat_as_header(table)
        for row in rows:
            cells = table.add_row().cells
            for cell, (text, align) in zip(cells, annex_cells(row, kinds), strict=True):
                lines = text.split("\n")
                add_run(cell_paragraph(cell, align), lines[0], font=self.font, size=size)
                for line in lines[1:]:
                    add_run(
                        cell_paragraph(cell, align), line, font=self.font, size=size, italic=True
                    )
        for row in table.rows:
            for cell, width in zip(row.cells, widths, strict=True):
                cell.width = Mm(width)

    def build(self) -> bytes:
        self.setup_page()
        self.header()
        self.title()
        self.body()
        self.signature()
        if self.content.rows:
            self.annex()
        buffer = io.BytesIO()
        self.doc.save(buffer)
        return buffer.getvalue()


def annex_cells(
    row: AnnexRow, kinds: Sequence[str] = ("plan",)
) -> list[tuple[str, WD_ALIGN_PARAGRAPH]]:
    """The cells of a row as text, with how each is aligned: one ratio cell per kind
    in `kinds`. A new line in a cell's text starts an italic note under it."""
    plan = row.plan_text or number_text(row.plan, unit=row.unit)
    if plan and row.plan_inferred:
        plan += " (**)"
    if plan and row.plan_label:
        plan += f"\n({row.plan_label})"
    value = number_text(row.value, unit=row.unit)
    if value and row.is_estimate:
        value += " (*)"
    by_kind = {ratio.kind: percent_text(ratio.percent, ratio.decimals) for ratio in row.ratios}
    if not row.ratios and row.percent_of_plan is not None:
        by_kind["plan"] = percent_text(row.percent_of_plan, row.percent_decimals)
    return [
        (row.ordinal, CENTER),
        (row.indicator, LEFT),
        (row.unit, CENTER),
        (plan, RIGHT),
        (value, RIGHT),
        *[(by_kind.get(kind, ""), RIGHT) for kind in kinds],
        (percent_text(row.same_period_percent, row.same_period_decimals), RIGHT),
        (row.assessment, CENTER),
    ]


def build_docx(content: ReportContent) -> bytes:
    """The .docx file of a report, in the format named by `content.style`."""
    return _Writer(content, load_format(content.style)).build()
