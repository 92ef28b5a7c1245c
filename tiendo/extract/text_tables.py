"""Tables written into plain text as lines of cells ("Chỉ tiêu | KH 2023 | Ước TH"): read by
column like a document's tables, and kept out of the prose around them.

>>> text = "Kết quả năm 2023:\\nChỉ tiêu | ĐVT | Kế hoạch 2023\\nThu ngân sách | tỷ đồng | 1.200"
>>> [(start, len(rows)) for start, end, rows in table_blocks(text)]
[(18, 2)]
"""

from __future__ import annotations

import re

from tiendo.documents.model import CELL_SEPARATOR
from tiendo.extract.figure import Kind

_ROW = re.compile(r"[^\n]*\S \| \S[^\n]*")
_CAPTION_UNIT = re.compile(r"\(([^()\d]{1,14}|%)\)\s*:?\s*$")
_PLANNED = re.compile(r"\b(?:kế hoạch|mục tiêu|chỉ tiêu kế hoạch|phấn đấu|dự toán)\b")
_REALISED = re.compile(r"\b(?:kết quả|thực hiện|ước|đạt được|tình hình)\b")
_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")


def table_blocks(text: str) -> list[tuple[int, int, list[list[str]]]]:
    """(start, end, rows) of every run of two or more lines of ' | '-separated cells."""
    blocks: list[tuple[int, int, list[list[str]]]] = []
    run: list[re.Match[str]] = []

    def close() -> None:
        if len(run) >= 2:
            rows = [line.group().split(CELL_SEPARATOR) for line in run]
            blocks.append((run[0].start(), run[-1].end(), rows))
        run.clear()

    position = 0
    for line in re.finditer(r"[^\n]*", text):
        if line.start() < position:
            continue
        position = line.end() + 1
        if CELL_SEPARATOR in line.group() and line.group().count(CELL_SEPARATOR) >= 1:
            run.append(line)
        else:
            close()
    close()
    return blocks


def caption_year(text: str, start: int) -> int | None:
    """The last year named in the text before a table (its caption, a heading)."""
    years = _YEAR.findall(text[max(0, start - 400) : start])
    return int(years[-1]) if years else None


def caption_unit(text: str, start: int) -> str:
    """A unit the caption line gives the whole table: "... so với cùng kỳ (%):" gives "%"."""
    line = text[max(0, text.rfind("\n", 0, max(0, start - 1)) + 1) : start].strip()
    found = _CAPTION_UNIT.search(line)
    return found.group(1).strip().lower() if found else ""


def caption_kind(text: str, start: int) -> Kind | None:
    """'target' when the caption announces plans ("Một số chỉ tiêu kế hoạch năm 2016:")."""
    line = text[max(0, text.rfind("\n", 0, max(0, start - 1)) + 1) : start].lower()
    if _PLANNED.search(line) and not _REALISED.search(line):
        return "target"
    return None


def blank(text: str, blocks: list[tuple[int, int, list[list[str]]]]) -> str:
    """The text with each table replaced by as many line breaks (offsets unchanged)."""
    pieces: list[str] = []
    done = 0
    for start, end, _ in blocks:
        pieces += [text[done:start], "\n" * (end - start)]
        done = end
    pieces.append(text[done:])
    return "".join(pieces)
