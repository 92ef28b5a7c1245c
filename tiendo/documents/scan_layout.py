"""A page's words -> paragraphs of lines and tables of cells, in reading order.

Tesseract orders the words by block, paragraph and line (it finds columns itself);
words inside a ruled grid are taken out of that flow and put in the grid's cells, and
the table takes the place on the page where it stands.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from tiendo.documents.model import Box
from tiendo.documents.ocr_engine import Word
from tiendo.documents.ocr_fixes import fix_word
from tiendo.documents.scan_rules import Grid

_PAGE_NUMBER = re.compile(r"^(?:trang\s*)?[-–]?\s*\d{1,4}\s*(?:/\s*\d{1,4})?\s*[-–]?$", re.I)


@dataclass
class Paragraph:
    lines: list[list[Word]]
    top: int = 0


@dataclass
class ScanTable:
    # rows of cells of words; the box of each row is the grid's band for it.
    rows: list[list[list[Word]]]
    row_boxes: list[Box] = field(default_factory=list)
    top: int = 0


Block = Paragraph | ScanTable


# OCR drops the narrow space between a short abbreviation and a year ("KH2022").
_GLUED_YEAR = re.compile(r"^([A-ZĐ]{2,4})((?:19|20)\d{2})$")


def word_text(word: Word) -> str:
    """A word's text in NFC.

    >>> word_text(Word("KH2022", 0, 0, 1, 1, 0.6, 1, 1, 1))
    'KH 2022'
    """
    text = unicodedata.normalize("NFC", word.text).replace("\u200b", "")
    return fix_word(_GLUED_YEAR.sub(r"\1 \2", text))


def box_of(words: list[Word]) -> Box:
    return (
        min(w.left for w in words),
        min(w.top for w in words),
        max(w.right for w in words),
        max(w.bottom for w in words),
    )


def _in_reading_order(words: list[Word]) -> list[list[Word]]:
    """Words of one cell as lines: grouped by height on the page, each line left to right."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: w.top + w.height / 2):
        middle = word.top + word.height / 2
        if lines:
            last = lines[-1]
            last_middle = sum(w.top + w.height / 2 for w in last) / len(last)
            if abs(middle - last_middle) < max(w.height for w in last) * 0.6:
                last.append(word)
                continue
        lines.append([word])
    return [sorted(line, key=lambda w: w.left) for line in lines]


def _table(grid: Grid, words: list[Word]) -> ScanTable | None:
    cells: dict[tuple[int, int], list[Word]] = {}
    for word in words:
        place = grid.cell_of(word.left + word.width / 2, word.top + word.height / 2)
        if place is not None:
            cells.setdefault(place, []).append(word)
    rows, boxes = [], []
    for row in range(len(grid.ys) - 1):
        cell_words = [
            [w for line in _in_reading_order(cells.get((row, col), [])) for w in line]
            for col in range(len(grid.xs) - 1)
        ]
        if any(cell_words):
            rows.append(cell_words)
            boxes.append((grid.xs[0], grid.ys[row], grid.xs[-1], grid.ys[row + 1]))
    if not rows:
        return None
    return ScanTable(rows, boxes, top=grid.ys[0])


def page_blocks(words: list[Word], grids: list[Grid]) -> list[Block]:
    """Paragraphs and tables of one page, in reading order."""
    inside: list[list[Word]] = [[] for _ in grids]
    flow: dict[tuple[int, int], dict[int, list[Word]]] = {}
    for word in words:
        x, y = word.left + word.width / 2, word.top + word.height / 2
        owner = next((i for i, g in enumerate(grids) if g.cell_of(x, y) is not None), None)
        if owner is not None:
            inside[owner].append(word)
        else:
            flow.setdefault((word.block, word.paragraph), {}).setdefault(word.line, []).append(word)
    paragraphs: list[Block] = []
    for lines in flow.values():
        ordered = [sorted(line, key=lambda w: w.left) for _, line in sorted(lines.items())]
        paragraphs.append(Paragraph(ordered, top=min(w.top for line in ordered for w in line)))
    tables = [t for t in (_table(g, ws) for g, ws in zip(grids, inside, strict=True)) if t]
    blocks: list[Block] = []
    for paragraph in paragraphs:
        while tables and tables[0].top < paragraph.top:
            blocks.append(tables.pop(0))
        blocks.append(paragraph)
    blocks.extend(tables)
    return _without_page_numbers(blocks)


def _without_page_numbers(blocks: list[Block]) -> list[Block]:
    """A lone page number at the head or foot of the page is not part of the text."""

    def is_number(block: Block) -> bool:
        return (
            isinstance(block, Paragraph)
            and len(block.lines) == 1
            and bool(_PAGE_NUMBER.match(" ".join(word_text(w) for w in block.lines[0])))
        )

    while blocks and is_number(blocks[-1]):
        blocks.pop()
    while blocks and is_number(blocks[0]):
        blocks.pop(0)
    return blocks
