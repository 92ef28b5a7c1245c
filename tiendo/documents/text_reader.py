"""Plain-text files, in any of the encodings Vietnamese offices have used."""

from __future__ import annotations

from tiendo.documents.builder import DocumentBuilder
from tiendo.documents.model import Document, DocumentError
from tiendo.documents.text_decoding import decode_text


def read_text_file(data: bytes, filename: str) -> Document:
    text, encoding = decode_text(data)
    if "\x00" in text:
        raise DocumentError(
            filename,
            "binary content, not a text file",
            "tệp chứa dữ liệu nhị phân, không phải văn bản thuần",
        )
    builder = DocumentBuilder()
    builder.add_paragraph(text)
    document = builder.build(encoding=encoding, filename=filename)
    if not document.text:
        raise DocumentError(filename, "the file holds no text", "tệp không có nội dung chữ")
    return document
