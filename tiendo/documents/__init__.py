"""Files -> text and tables: txt (legacy Vietnamese encodings included), html, docx, pdf,
and scans (image-only PDF pages, PNG, JPEG, TIFF) read by OCR with the box of each line.

>>> from tiendo.documents import read_bytes
>>> read_bytes("Nghị quyết 15-NQ/HU".encode(), "nq.txt").text
'Nghị quyết 15-NQ/HU'
"""

from __future__ import annotations

from tiendo.documents.model import Document, DocumentError, Page, PageLine, Table
from tiendo.documents.reader import needs_ocr, read_bytes, read_document

__all__ = [
    "Document",
    "DocumentError",
    "Page",
    "PageLine",
    "Table",
    "needs_ocr",
    "read_bytes",
    "read_document",
]
