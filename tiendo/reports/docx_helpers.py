"""Small python-docx helpers for what the library does not expose directly: fonts
that also apply to Vietnamese (East Asian and complex script slots), borderless
tables, repeated header rows and page-number fields."""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run


def set_run_font(run: Run, name: str, size: float | None = None) -> None:
    """Name the font in every slot, so Word does not fall back to another font for
    characters it classes as East Asian or complex script."""
    run.font.name = name
    r_fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        r_fonts.set(qn(slot), name)
    if size is not None:
        run.font.size = Pt(size)


def add_run(
    paragraph: Paragraph,
    text: str,
    *,
    font: str,
    size: float,
    bold: bool = False,
    italic: bool = False,
    underline: bool = False,
) -> Run:
    run = paragraph.add_run(text)
    set_run_font(run, font, size)
    run.bold = bold or None
    run.italic = italic or None
    run.underline = underline or None
    return run


def tight(paragraph: Paragraph, align: WD_ALIGN_PARAGRAPH | None = None) -> Paragraph:
    """No space around the paragraph and single spacing: for header and table cells."""
    fmt = paragraph.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.line_spacing = 1.0
    fmt.first_line_indent = None
    if align is not None:
        paragraph.alignment = align
    return paragraph


def cell_paragraph(cell: _Cell, align: WD_ALIGN_PARAGRAPH | None = None) -> Paragraph:
    """The cell's empty first paragraph, or a new one after it."""
    first = cell.paragraphs[0]
    paragraph = first if not first.text and not first.runs else cell.add_paragraph()
    return tight(paragraph, align)


def _table_properties(table: Table) -> OxmlElement:
    return table._tbl.tblPr


def remove_borders(table: Table) -> None:
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "nil")
        borders.append(edge)
    properties = _table_properties(table)
    for old in properties.findall(qn("w:tblBorders")):
        properties.remove(old)
    properties.append(borders)


def add_grid_borders(table: Table, size_eighths: int = 4) -> None:
    """Single thin borders on every cell edge, independent of the template's styles."""
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single")
        edge.set(qn("w:sz"), str(size_eighths))
        edge.set(qn("w:space"), "0")
        edge.set(qn("w:color"), "000000")
        borders.append(edge)
    properties = _table_properties(table)
    for old in properties.findall(qn("w:tblBorders")):
        properties.remove(old)
    properties.append(borders)


def fixed_layout(table: Table) -> None:
    """Keep the column widths we set instead of letting Word fit them to the text."""
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    _table_properties(table).append(layout)
    table.autofit = False


def repeat_as_header(table: Table, row_index: int = 0) -> None:
    """Print this row again at the top of each page the table runs onto."""
    tr_pr = table.rows[row_index]._tr.get_or_add_trPr()
    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    tr_pr.append(marker)


def add_page_number_field(paragraph: Paragraph, *, font: str, size: float) -> None:
    """A PAGE field: Word and LibreOffice put the current page number there."""
    run = paragraph.add_run()
    set_run_font(run, font, size)
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = " PAGE "
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    shown = OxmlElement("w:t")
    shown.text = "2"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for element in (begin, instruction, separate, shown, end):
        run._element.append(element)


def keep_row_together(table: Table, row_index: int = 0) -> None:
    """Never split this row across pages (a signature block must stay whole)."""
    tr_pr = table.rows[row_index]._tr.get_or_add_trPr()
    marker = OxmlElement("w:cantSplit")
    marker.set(qn("w:val"), "true")
    tr_pr.append(marker)
