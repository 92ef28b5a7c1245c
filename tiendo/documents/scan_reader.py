"""Scanned pages -> Document: each page put upright, straightened, brought to 300 dpi,
its ruled tables found, read by Tesseract, and added to the text with the box of every
line, so that each figure read from a scan can be shown on the page it came from.

`read_image_file` reads PNG, JPEG and TIFF (every page of a multi-page TIFF);
`pdf_reader` calls `read_scanned_page` for each PDF page without a text layer.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tiendo.documents.builder import DocumentBuilder
from tiendo.documents.model import Document, DocumentError, Page, PageLine, cell_spans
from tiendo.documents.ocr_engine import (
    Word,
    read_words,
    require_tesseract,
    reread_doubtful,
    rotation,
)
from tiendo.documents.page_image import (
    despeckle,
    ink_mask,
    lines_run_down,
    open_image_frames,
    resample,
    skew_angle,
    straighten,
    turn_upright,
)
from tiendo.documents.scan_layout import Block, Paragraph, box_of, page_blocks, word_text
from tiendo.documents.scan_rules import erase, find_rules, grids

# (pages done, pages in all): called before the first page and after each one.
Progress = Callable[[int, int], None]
# (page number, the page image as read): lets the caller keep the image to show it.
PageImageSink = Callable[[int, Any], None]

DEFAULT_MAX_PAGES = 200
DEFAULT_PAGE_SECONDS = 120.0
_MIN_LETTERS = 10
# Mean word confidence below which a page may be turned: an upright page of print,
# even a poor scan, reads above 0,8; a page on its side reads as noise below 0,5.
_UPRIGHT_CONFIDENCE = 0.65


@dataclass
class OcrOptions:
    max_pages: int = DEFAULT_MAX_PAGES
    page_seconds: float = DEFAULT_PAGE_SECONDS
    page_image: PageImageSink | None = None

    @classmethod
    def from_env(cls) -> OcrOptions:
        """Limits from TIENDO_OCR_MAX_PAGES and TIENDO_OCR_PAGE_SECONDS (the CLI's way)."""

        def number(name: str, default: float) -> float:
            try:
                return float(os.environ.get(name, "") or default)
            except ValueError:
                return default

        return cls(
            max_pages=int(number("TIENDO_OCR_MAX_PAGES", DEFAULT_MAX_PAGES)),
            page_seconds=number("TIENDO_OCR_PAGE_SECONDS", DEFAULT_PAGE_SECONDS),
        )


def check_page_count(count: int, filename: str, options: OcrOptions) -> None:
    if count > options.max_pages:
        raise DocumentError(
            filename,
            f"{count} scanned pages is more than the limit of {options.max_pages}; split the file",
            f"tệp có {count} trang ảnh quét, quá giới hạn {options.max_pages} trang; "
            "hãy tách tệp thành nhiều phần",
        )


@dataclass
class ScannedPage:
    blocks: list[Block]
    width: int
    height: int
    turned: int
    skew: float


def read_scanned_page(
    image: Any, dpi: float, *, filename: str, number: int, options: OcrOptions
) -> ScannedPage:
    """Prepare one page image and read its words and tables.

    Most pages come upright, so Tesseract's orientation detector (it costs as much as
    a quarter of a page) is asked only when the lines run down the page, before
    reading, or when the page read upright gave doubtful words (upside down), after.
    """
    timeout = options.page_seconds
    image = despeckle(resample(image, dpi))
    turned = 0
    if lines_run_down(image):
        turned = rotation(image, filename=filename, page=number, timeout=timeout)
        image = turn_upright(image, turned)
    straight, clean, skew, words, found = _read(image, filename, number, timeout)
    if not turned and (_doubtful(words) or _sideways(words)):
        turned = rotation(image, filename=filename, page=number, timeout=timeout)
        if turned:
            image = turn_upright(image, turned)
            straight, clean, skew, words, found = _read(image, filename, number, timeout)
    words = reread_doubtful(clean, words, filename=filename, page=number, timeout=timeout)
    if options.page_image is not None:
        options.page_image(number, straight)
    return ScannedPage(page_blocks(words, found), straight.width, straight.height, turned, skew)


def _read(
    image: Any, filename: str, number: int, timeout: float
) -> tuple[Any, Any, float, list[Word], list[Any]]:
    """(straightened page, the same without table rules, skew, words, table grids)."""
    skew = skew_angle(image)
    image = straighten(image, skew)
    horizontal, vertical, rules = find_rules(ink_mask(image))
    found = grids(horizontal, vertical)
    clean = erase(image, rules)
    words = read_words(clean, filename=filename, page=number, timeout=timeout)
    return image, clean, skew, words, found


def _sideways(words: list[Word]) -> bool:
    """Tesseract reads a page on its side too, word by word, but in the wrong order:
    its words are then taller than they are wide."""
    long = [w for w in words if len(w.text) >= 4]
    return bool(long) and sum(w.height > w.width for w in long) > len(long) / 2


def _doubtful(words: list[Word]) -> bool:
    """Few words, or words read with low confidence: maybe a page turned on its side."""
    letters = [w for w in words if any(ch.isalpha() for ch in w.text)]
    if len(letters) < 5:
        return True
    return sum(w.confidence for w in letters) / len(letters) < _UPRIGHT_CONFIDENCE


def _joined(words: list[Word], start: int) -> tuple[str, list[tuple[int, int, float]]]:
    """Words joined by spaces, and each word's span counted from `start`."""
    texts = [t for t in (word_text(w) for w in words)]
    spans, position = [], start
    for word, text in zip(words, texts, strict=True):
        spans.append((position, position + len(text), word.confidence))
        position += len(text) + 1
    return " ".join(texts), spans


_NEW_ITEM = re.compile(r"^(?:[-–+•*]\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ]\)\s|[IVX]{1,5}\.\s)")
_SENTENCE_END = re.compile(r"[.:;!?…]$")


def joins(previous: str, line: str) -> bool:
    """Whether a line of a paragraph Tesseract found goes on from the line before.

    Tesseract already cut the page into paragraphs, so a line goes on unless it opens
    a list item, or a sentence after one that ended ("(bằng 107%)" on a new line
    still goes on).

    >>> joins("thu ngân sách đạt 327 tỷ đồng, vượt dự toán năm", "(bằng 107%), trong khi")
    True
    >>> joins("Kết quả như sau:", "- Thu ngân sách đạt 12 tỷ đồng;")
    False
    >>> joins("đạt 96,9% kế hoạch.", "Thu ngân sách được 355 tỷ đồng")
    False
    """
    if _NEW_ITEM.match(line):
        return False
    return not (_SENTENCE_END.search(previous) and line[:1].isupper())


def _add_paragraph(builder: DocumentBuilder, block: Paragraph, page: Page) -> None:
    parts: list[str] = []
    pending: list[tuple[int, int, list[Word], list[tuple[int, int, float]]]] = []
    length = 0
    for line in block.lines:
        words = [w for w in line if word_text(w)]
        if not words:
            continue
        if parts:
            separator = " " if joins(parts[-1], " ".join(word_text(w) for w in words)) else "\n"
            parts.append(separator)
            length += 1
        text, spans = _joined(words, length)
        pending.append((length, length + len(text), words, spans))
        parts.append(text)
        length += len(text)
    offset = builder.add_paragraph("".join(parts))
    if offset < 0:
        return
    for start, end, words, spans in pending:
        page.lines.append(
            PageLine(
                offset + start,
                offset + end,
                box_of(words),
                [(offset + a, offset + b, c) for a, b, c in spans],
            )
        )


def _add_table(builder: DocumentBuilder, block: Any, page: Page) -> None:
    columns = len(block.rows[0])
    used = [c for c in range(columns) if any(row[c] for row in block.rows)]
    rows_words = [[row[c] for c in used] for row in block.rows]
    if len(used) < 2:
        for cells in rows_words:
            if cells and cells[0]:
                _add_paragraph(builder, Paragraph([cells[0]]), page)
        return
    texts = [[" ".join(word_text(w) for w in cell) for cell in row] for row in rows_words]
    offset = builder.add_table(texts)
    if offset < 0:
        return
    for row, spans, box in zip(rows_words, cell_spans(texts, offset), block.row_boxes, strict=True):
        words: list[tuple[int, int, float]] = []
        for cell, (start, _end) in zip(row, spans, strict=True):
            words.extend(_joined(cell, start)[1])
        page.lines.append(PageLine(spans[0][0], spans[-1][1], box, words))


def add_scanned_page(builder: DocumentBuilder, number: int, scanned: ScannedPage) -> Page:
    page = Page(
        number,
        ocr=True,
        width=scanned.width,
        height=scanned.height,
        turned=scanned.turned,
        skew=scanned.skew,
    )
    for block in scanned.blocks:
        if isinstance(block, Paragraph):
            _add_paragraph(builder, block, page)
        else:
            _add_table(builder, block, page)
    page.offset = page.lines[0].offset if page.lines else builder.length
    page.end = builder.length
    return page


def no_text_found(filename: str) -> DocumentError:
    return DocumentError(
        filename,
        "no text was found, even by OCR",
        "không nhận dạng được chữ nào trong tệp (ảnh quá mờ hoặc không phải văn bản)",
    )


def read_image_file(
    data: bytes,
    filename: str,
    progress: Progress | None = None,
    options: OcrOptions | None = None,
) -> Document:
    """A PNG, JPEG or TIFF scan or photo, every page of it."""
    options = options or OcrOptions.from_env()
    count, frames = open_image_frames(data, filename)
    check_page_count(count, filename, options)
    require_tesseract(filename)
    builder = DocumentBuilder()
    pages = []
    if progress:
        progress(0, count)
    for number, (image, dpi) in enumerate(frames, start=1):
        scanned = read_scanned_page(image, dpi, filename=filename, number=number, options=options)
        pages.append(add_scanned_page(builder, number, scanned))
        if progress:
            progress(number, count)
    document = builder.build(encoding="ocr", filename=filename)
    document.pages = pages
    if sum(ch.isalpha() for ch in document.text) < _MIN_LETTERS:
        raise no_text_found(filename)
    return document
