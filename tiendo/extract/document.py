"""A whole document -> its figures: the prose through extract_figures, tables by column.

Offsets of every figure are positions in Document.text, so each number shown
later can be traced to its characters. The prose is read with the tables
blanked out (same length, so offsets need no shifting, and a table's cells do
not run into the sentences around it).
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.documents.model import Document, Table
from tiendo.extract.figure import Figure
from tiendo.extract.tables import figures_from_table
from tiendo.extract.text_tables import blank_spans

# A year that is the subject of the document ("năm 2023", "6 tháng đầu năm 2023"),
# not the date it was signed ("ngày 30 tháng 12 năm 2022").
_SUBJECT_YEAR: Final = re.compile(r"\bnăm\s+((?:19|20)\d{2})\b", re.IGNORECASE)
_ANY_YEAR: Final = re.compile(r"(?<![\d.-])((?:19|20)\d{2})(?![\d/.-])")
_DATE: Final = re.compile(
    r"ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\d{1,2}/\d{1,2}/\d{4}", re.I
)
# How far before a table its caption may stand.
_CAPTION_REACH: Final = 300


def document_year(doc: Document) -> int | None:
    """The year a document reports on, from its title or first lines.

    >>> document_year(Document("ĐẢNG BỘ HUYỆN\\nNGHỊ QUYẾT về nhiệm vụ năm 2022", title=""))
    2022
    """
    lines = [line for line in doc.text.split("\n") if line.strip()][:8]
    return _year_in(" ".join([doc.title, *lines]))


def _year_in(text: str) -> int | None:
    text = _DATE.sub(" ", f" {text}")
    match = _SUBJECT_YEAR.search(text) or _ANY_YEAR.search(text)
    return int(match.group(1)) if match else None


def figures_from_document(doc: Document) -> list[Figure]:
    """All figures of a document in document order, offsets relative to doc.text."""
    from tiendo.extract import extract_figures

    prose, year = prose_and_year(doc)
    figures = list(extract_figures(prose, year=year)) if prose.strip() else []
    for table in doc.tables:
        table_year = _caption_year(doc.text, table) or year
        figures.extend(figures_from_table(table.rows, year=table_year, offset=table.offset))
    figures.sort(key=lambda figure: figure.start)
    return figures


def prose_and_year(doc: Document) -> tuple[str, int | None]:
    """What extract_figures reads of a document: its text with each table blanked to line
    breaks, so offsets stay those of doc.text, and the year the document speaks of."""
    return _blank_tables(doc.text, doc.tables), document_year(doc)


def _blank_tables(text: str, tables: list[Table]) -> str:
    """The text with each table's span replaced by as many line breaks."""
    return blank_spans(text, [(table.offset, table.end) for table in tables])


def _caption_year(text: str, table: Table) -> int | None:
    """A year in the lines just above a table ("Biểu 1: Kết quả 6 tháng năm 2023")."""
    before = text[max(0, table.offset - _CAPTION_REACH) : table.offset]
    lines = [line for line in before.split("\n") if line.strip()]
    return _year_in(lines[-1]) if lines else None


__all__ = ["document_year", "figures_from_document"]
