"""Read an uploaded file or pasted text into text and figures, for the import screen.

Files go through tiendo.documents (txt in legacy encodings, html, docx, pdf, and
scans read by OCR); the figures come from tiendo.extract. Both report problems in
Vietnamese. Scans are read in the background (tiendo.workspace.tasks): the screen
then builds its source from the document the task left.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePath

from tiendo.documents import DocumentError, read_bytes
from tiendo.documents.model import Document as TextDocument
from tiendo.documents.page_image import IMAGE_EXTENSIONS
from tiendo.extract.figure import Figure
from tiendo.vietnamese import nfc

ACCEPTED_EXTENSIONS = (".docx", ".pdf", ".html", ".htm", ".txt", *IMAGE_EXTENSIONS)


class ReadingError(Exception):
    def __init__(self, message_vi: str) -> None:
        self.message_vi = message_vi
        super().__init__(message_vi)


@dataclass
class ReadSource:
    text: str
    title: str = ""
    figures: list[Figure] = field(default_factory=list)
    # The document read, for the pages of a scan and the OCR's confidence.
    document: TextDocument | None = None


def clean_pasted(text: str) -> str:
    """Browsers send line breaks as CRLF; offsets are counted on LF-only NFC text."""
    return nfc(text.replace("\r\n", "\n").replace("\r", "\n")).strip("\n")


def _first_line(text: str) -> str:
    for line in text.split("\n"):
        if line.strip():
            return line.strip()[:300]
    return ""


def read_source(*, text: str = "", data: bytes | None = None, filename: str = "") -> ReadSource:
    if data is not None:
        if PurePath(filename).suffix.lower() not in ACCEPTED_EXTENSIONS:
            raise ReadingError(
                f"Tệp “{filename}” không đọc được: chỉ nhận docx, pdf, html, txt "
                "và ảnh quét png, jpg, tif."
            )
        try:
            document = read_bytes(data, filename)
        except DocumentError as error:
            raise ReadingError(error.message_vi) from error
    else:
        document = TextDocument(text=clean_pasted(text))
    return source_from_document(document)


def source_from_document(document: TextDocument) -> ReadSource:
    if not document.text.strip():
        raise ReadingError("Văn bản không có nội dung chữ để đọc số liệu.")
    try:
        from tiendo.extract.document import figures_from_document

        figures = figures_from_document(document)
    except ImportError as error:
        raise ReadingError(
            "Bộ đọc số liệu (tiendo.extract) chưa sẵn sàng; hãy nhập số liệu bằng tay."
        ) from error
    title = document.title or _first_line(document.text)
    return ReadSource(text=document.text, title=title, figures=figures, document=document)
