"""PDF files: the text layer, page by page, with ruled tables read as rows.

pdfplumber reads the text and finds tables drawn with lines; the text outside
the tables is kept in bands above, between and below them so that each table
stands where it is on the page. pypdf is the fallback when pdfplumber cannot
open the file. A PDF without a text layer (a scan) is refused with a clear
reason: it needs OCR first.
"""

from __future__ import annotations

import io
import re
from typing import Any

from tiendo.documents.builder import DocumentBuilder
from tiendo.documents.model import Document, DocumentError

# Fewer letters than this in the whole file means there is no text layer.
_MIN_LETTERS = 10
_PAGE_NUMBER = re.compile(r"^(?:trang\s*)?[-–]?\s*\d{1,4}\s*(?:/\s*\d{1,4})?\s*[-–]?$", re.I)
_SENTENCE_END = re.compile(r"[.:;!?…)\]]$")


def read_pdf(data: bytes, filename: str) -> Document:
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise _damaged(filename, "it does not start with the %PDF signature")
    try:
        blocks, title = _read_with_pdfplumber(data)
    except Exception as first_error:  # pdfminer raises many unrelated types
        try:
            blocks, title = _read_with_pypdf(data)
        except Exception as error:
            raise _damaged(filename, f"{first_error}; {error}") from error
    builder = DocumentBuilder()
    for block in blocks:
        if isinstance(block, str):
            builder.add_paragraph(block)
        else:
            builder.add_table(block)
    document = builder.build(title=title, encoding="pdf", filename=filename)
    if sum(ch.isalpha() for ch in document.text) < _MIN_LETTERS:
        raise DocumentError(
            filename,
            "the PDF has no text layer (it looks like a scanned image); "
            "run OCR on it or upload the original Word file",
            "tệp PDF không có lớp chữ (có vẻ là ảnh quét); "
            "hãy nhận dạng chữ (OCR) trước hoặc tải lên bản Word gốc",
        )
    return document


def _damaged(filename: str, detail: str) -> DocumentError:
    return DocumentError(
        filename,
        f"not a readable PDF file, it may be damaged ({detail})",
        "không phải tệp PDF đọc được (tệp có thể bị hỏng)",
    )


Block = str | list[list[str]]


def _read_with_pdfplumber(data: bytes) -> tuple[list[Block], str]:
    import pdfplumber

    blocks: list[Block] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        title = str((pdf.metadata or {}).get("Title") or "")
        for page in pdf.pages:
            blocks.extend(_page_blocks(page))
    return blocks, title


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


def _read_with_pypdf(data: bytes) -> tuple[list[Block], str]:
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        reader.decrypt("")
    title = str(reader.metadata.title or "") if reader.metadata else ""
    return [join_lines(page.extract_text() or "") for page in reader.pages], title


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
        if out and _continues(out[-1], line):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return "\n".join(out)


def _continues(previous: str, line: str) -> bool:
    if _SENTENCE_END.search(previous):
        return False
    first = line[0]
    return first.islower() or (first.isdigit() and not re.match(r"\d+[.)]\s", line))
