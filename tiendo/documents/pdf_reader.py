"""PDF files: the text layer, page by page, with ruled tables read as rows.

pdfplumber reads the text and finds tables drawn with lines; the text outside
the tables is kept in bands above, between and below them so that each table
stands where it is on the page. pypdf is the fallback when pdfplumber cannot
open the file. Each page is decided on its own: one without a text layer but with
an image (a scan) is rasterised by pypdfium2 and read by OCR (scan_reader).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tiendo.documents.builder import DocumentBuilder
from tiendo.documents.model import Document, DocumentError, Page

if TYPE_CHECKING:
    from tiendo.documents.scan_reader import OcrOptions, Progress

# Fewer letters than this on a page (in the whole file) means it has no text layer.
_MIN_LETTERS = 10
_PAGE_NUMBER = re.compile(r"^(?:trang\s*)?[-–]?\s*\d{1,4}\s*(?:/\s*\d{1,4})?\s*[-–]?$", re.I)
_SENTENCE_END = re.compile(r"[.:;!?…)\]]$")


def read_pdf(
    data: bytes,
    filename: str,
    progress: Progress | None = None,
    options: OcrOptions | None = None,
) -> Document:
    """A PDF's text layer page by page; a page without one is read by OCR."""
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise _damaged(filename, "it does not start with the %PDF signature")
    try:
        pages, title = _read_with_pdfplumber(data)
    except Exception as first_error:  # pdfminer raises many unrelated types
        if _is_encrypted(data):
            from tiendo.documents.page_image import encrypted_pdf

            raise encrypted_pdf(filename) from first_error
        try:
            pages, title = _read_with_pypdf(data)
        except Exception as error:
            raise _damaged(filename, f"{first_error}; {error}") from error
    scanned = [index for index, page in enumerate(pages) if page.scanned]
    builder = DocumentBuilder()
    if scanned:
        document_pages = _read_with_ocr(data, filename, pages, builder, progress, options)
    else:
        document_pages = [_add_text_page(builder, index + 1, p) for index, p in enumerate(pages)]
    document = builder.build(title=title, encoding="pdf", filename=filename)
    document.pages = document_pages
    if sum(ch.isalpha() for ch in document.text) < _MIN_LETTERS:
        if scanned:
            from tiendo.documents.scan_reader import no_text_found

            raise no_text_found(filename)
        raise DocumentError(
            filename,
            "the PDF has no text in it",
            "tệp PDF không có nội dung chữ",
        )
    return document


@dataclass
class PdfPage:
    blocks: list[Block]
    # No text layer but an image: a scanned page, for OCR.
    scanned: bool = False


def _letters(blocks: list[Block]) -> int:
    text = " ".join(b if isinstance(b, str) else " ".join(map(" ".join, b)) for b in blocks)
    return sum(ch.isalpha() for ch in text)


def _add_text_page(builder: DocumentBuilder, number: int, page: PdfPage) -> Page:
    offsets = [
        builder.add_paragraph(block) if isinstance(block, str) else builder.add_table(block)
        for block in page.blocks
    ]
    offset = next((o for o in offsets if o >= 0), builder.length)
    return Page(number, offset=offset, end=builder.length)


def _read_with_ocr(
    data: bytes,
    filename: str,
    pages: list[PdfPage],
    builder: DocumentBuilder,
    progress: Progress | None,
    options: OcrOptions | None,
) -> list[Page]:
    from tiendo.documents.ocr_engine import require_tesseract
    from tiendo.documents.page_image import TARGET_DPI, open_pdf, render_pdf_page
    from tiendo.documents.scan_reader import (
        OcrOptions,
        add_scanned_page,
        check_page_count,
        read_scanned_page,
    )

    options = options or OcrOptions.from_env()
    require_tesseract(filename)
    check_page_count(sum(page.scanned for page in pages), filename, options)
    pdf = open_pdf(data, filename)
    out = []
    try:
        if progress:
            progress(0, len(pages))
        for index, page in enumerate(pages):
            number = index + 1
            if page.scanned:
                image = render_pdf_page(pdf, index, TARGET_DPI)
                scanned = read_scanned_page(
                    image, TARGET_DPI, filename=filename, number=number, options=options
                )
                out.append(add_scanned_page(builder, number, scanned))
            else:
                out.append(_add_text_page(builder, number, page))
            if progress:
                progress(number, len(pages))
    finally:
        pdf.close()
    return out


def _is_encrypted(data: bytes) -> bool:
    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        return bool(reader.is_encrypted) and not reader.decrypt("")
    except Exception:  # damaged beyond telling
        return False


def _damaged(filename: str, detail: str) -> DocumentError:
    return DocumentError(
        filename,
        f"not a readable PDF file, it may be damaged ({detail})",
        "không phải tệp PDF đọc được (tệp có thể bị hỏng)",
    )


Block = str | list[list[str]]


def _read_with_pdfplumber(data: bytes) -> tuple[list[PdfPage], str]:
    import pdfplumber

    pages: list[PdfPage] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        title = str((pdf.metadata or {}).get("Title") or "")
        for page in pdf.pages:
            blocks = _page_blocks(page)
            scanned = _letters(blocks) < _MIN_LETTERS and bool(page.images)
            pages.append(PdfPage([] if scanned else blocks, scanned))
    return pages, title


def _page_blocks(page: Any) -> list[Block]:
    tables = sorted(page.find_tables(), key=lambda table: table.bbox[1])
    if not tables:
        return [join_lines(page.extract_text() or "")]
    boxes = [table.bbox for table in tables]

    def outside_tables(obj: dict[str, Any]) -> bool:
        x_mid = (obj.get("x0", 0) + obj.get("x1", 0)) / 2
        y_mid = (obj.get("top", 0) + obj.get("bottom", 0)) / 2
        return not any(
            x0 <= x_mid <= x1 and top <= y_mid <= bottom for x0, top, x1, bottom in boxes
        )

    blocks: list[Block] = []
    band_top = 0.0
    for table in tables:
        band = _band_text(page, band_top, table.bbox[1], outside_tables)
        if band:
            blocks.append(band)
        rows = [[cell or "" for cell in row] for row in table.extract()]
        blocks.append(rows)
        band_top = table.bbox[3]
    band = _band_text(page, band_top, float(page.height) + 1, outside_tables)
    if band:
        blocks.append(band)
    return blocks


def _band_text(page: Any, top: float, bottom: float, keep: Any) -> str:
    def in_band(obj: dict[str, Any]) -> bool:
        y_mid = (obj.get("top", 0) + obj.get("bottom", 0)) / 2
        return top <= y_mid < bottom and bool(keep(obj))

    return join_lines(page.filter(in_band).extract_text() or "")


def _read_with_pypdf(data: bytes) -> tuple[list[PdfPage], str]:
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        reader.decrypt("")
    title = str(reader.metadata.title or "") if reader.metadata else ""
    return [PdfPage([join_lines(page.extract_text() or "")]) for page in reader.pages], title


def join_lines(text: str) -> str:
    """Rejoin the lines of a paragraph that the page width broke.

    A line continues on the next one unless it ends a sentence or the next
    starts like a new item (a capital, a dash, a number followed by a dot).

    >>> join_lines("Tổng thu ngân sách đạt\\n123,4 tỷ đồng.\\nNăm 2023")
    'Tổng thu ngân sách đạt 123,4 tỷ đồng.\\nNăm 2023'
    """
    lines = [line.strip() for line in text.split("\n")]
    # A page number at the top or foot of a page would join the paragraph as a number.
    while lines and (not lines[-1] or _PAGE_NUMBER.match(lines[-1])):
        lines.pop()
    while lines and (not lines[0] or _PAGE_NUMBER.match(lines[0])):
        lines.pop(0)
    out: list[str] = []
    for line in lines:
        if not line:
            continue
        if out and continues(out[-1], line):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return "\n".join(out)


def continues(previous: str, line: str) -> bool:
    if _SENTENCE_END.search(previous):
        return False
    first = line[0]
    return first.islower() or (first.isdigit() and not re.match(r"\d+[.)]\s", line))
