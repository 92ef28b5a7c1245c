"""Assemble a Document from paragraphs and tables in reading order.

Every reader hands its blocks to a DocumentBuilder, which renders tables in
place and records their spans, so that all formats share one layout:
paragraphs on their own lines, a blank line around each table.

>>> builder = DocumentBuilder()
>>> builder.add_paragraph("Kết quả:")
>>> builder.add_table([["Chỉ tiêu", "ĐVT"], ["Thu ngân sách", "tỷ đồng"]])
>>> document = builder.build()
>>> document.text[document.tables[0].offset : document.tables[0].end]
'Chỉ tiêu | ĐVT\\nThu ngân sách | tỷ đồng'
"""

from __future__ import annotations

import re
import unicodedata

from tiendo.documents.model import Document, Table, render_rows

_SPACES = re.compile(r"\s+")
_LINE_END_SPACES = re.compile(r"[ \t\u00a0]+\n")


def clean_cell(text: str) -> str:
    """One line of NFC text: cells never hold line breaks, so table spans stay exact."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text).replace("\u200b", "")).strip()


def clean_paragraph(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u200b", "").replace("\ufeff", "")
    return _LINE_END_SPACES.sub("\n", text).strip()


class DocumentBuilder:
    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._tables: list[Table] = []
        self._last_was_table = False
        self._first_paragraphs: list[str] = []

    def add_paragraph(self, text: str) -> int:
        """Add a paragraph; its offset in the text, or -1 when it was empty."""
        text = clean_paragraph(text)
        if not text:
            return -1
        offset = self._append("\n\n" if self._last_was_table else "\n", text)
        self._last_was_table = False
        if len(self._first_paragraphs) < 2:
            self._first_paragraphs.append(text.split("\n")[0].strip())
        return offset

    @property
    def length(self) -> int:
        return self._length

    def add_table(self, rows: list[list[str]]) -> int:
        """Add a table; its offset in the text, or -1 when it was added as paragraphs
        (a one-column table is a text box, not data) or had nothing in it."""
        cleaned = [[clean_cell(cell) for cell in row] for row in rows]
        cleaned = [row for row in cleaned if any(row)]
        if not cleaned:
            return -1
        width = max(len(row) for row in cleaned)
        if width == 1:
            for row in cleaned:
                self.add_paragraph(row[0])
            return -1
        cleaned = [row + [""] * (width - len(row)) for row in cleaned]
        offset = self._append("\n\n", render_rows(cleaned))
        self._tables.append(Table(cleaned, offset, self._length))
        self._last_was_table = True
        return offset

    def _append(self, separator: str, text: str) -> int:
        if self._parts:
            self._parts.append(separator)
            self._length += len(separator)
        start = self._length
        self._parts.append(text)
        self._length += len(text)
        return start

    def _title_from_paragraphs(self) -> str:
        """The first paragraph outside tables (a letterhead is usually a table).

        A bare document type in capitals ("NGHỊ QUYẾT") takes the line after it
        ("về nhiệm vụ năm 2022") along.
        """
        if not self._first_paragraphs:
            return ""
        first = self._first_paragraphs[0]
        if len(self._first_paragraphs) > 1 and first.isupper() and len(first.split()) <= 3:
            return f"{first} {self._first_paragraphs[1]}"
        return first

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def build(self, *, title: str = "", encoding: str = "", filename: str = "") -> Document:
        text = self.text
        if not title:
            title = self._title_from_paragraphs()
        return Document(
            text=text,
            tables=list(self._tables),
            title=clean_cell(title)[:300],
            encoding=encoding,
            filename=filename,
        )
