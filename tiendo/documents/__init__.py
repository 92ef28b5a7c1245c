"""Files -> text and tables: txt (legacy Vietnamese encodings included), html, docx, pdf.

>>> from tiendo.documents import read_bytes
>>> read_bytes("Nghị quyết 15-NQ/HU".encode(), "nq.txt").text
'Nghị quyết 15-NQ/HU'
"""

from __future__ import annotations

from tiendo.documents.model import Document, DocumentError, Table
from tiendo.documents.reader import read_bytes, read_document

__all__ = ["Document", "DocumentError", "Table", "read_bytes", "read_document"]
