"""Tables written into plain text as lines of cells ("Chỉ tiêu | KH 2023 | Ước TH"): read by
column like a document's tables, and kept out of the prose around them.

>>> text = "Kết quả năm 2023:\\nChỉ tiêu | ĐVT | Kế hoạch 2023\\nThu ngân sách | tỷ đồng | 1.200"
>>> [(start, len(rows)) for start, end, rows in table_blocks(text)]
[(18, 2)]
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.documents.model import CELL_SEPARATOR
from tiendo.extract.figure import Kind
from tiendo.extract.table_headers import _header_period
from tiendo.vietnamese import search_key

_CAPTION_UNIT: Final = re.compile(r"\(([^()\d]{1,14}|%)\)\s*:?\s*$")
# A caption that names the unit of measure in words ("..., đơn vị tính: cơ sở):", "ĐVT: ha").
_NAMED_UNIT: Final = re.compile(
    r"(?:đơn vị tính|đvt|đv tính)\s*:\s*([^\W\d_]+(?:[ /][^\W\d_]+){0,2}|%)\s*\)?\s*[:.]?\s*$",
    re.IGNORECASE,
)
# A caption that dates the whole table by a year and names no shorter stretch of it.
_WHOLE_YEAR: Final = re.compile(r"\bnăm (?:19|20)\d{2}\b", re.IGNORECASE)
_PART_OF_YEAR: Final = re.compile(r"\b(?:tháng|quý|vụ|đợt|kỳ|học kỳ|mùa)\b", re.IGNORECASE)
_PLANNED: Final = re.compile(r"\b(?:kế hoạch|mục tiêu|chỉ tiêu kế hoạch|phấn đấu|dự toán)\b")
_REALISED: Final = re.compile(r"\b(?:kết quả|thực hiện|ước|đạt được|tình hình)\b")
_YEAR: Final = re.compile(r"\b((?:19|20)\d{2})\b")
_ESTIMATED: Final = re.compile(r"\b(?:ước tính|dự ước|ước)\b")


def table_blocks(text: str) -> list[tuple[int, int, list[list[str]]]]:
    """(start, end, rows) of every run of two or more lines of ' | '-separated cells."""
    blocks: list[tuple[int, int, list[list[str]]]] = []
    run: list[tuple[int, str]] = []  # (offset, line)

    def close() -> None:
        if len(run) >= 2:
            rows = [line.split(CELL_SEPARATOR) for _, line in run]
            blocks.append((run[0][0], run[-1][0] + len(run[-1][1]), rows))
        run.clear()

    offset = 0
    for line in text.split("\n"):
        if CELL_SEPARATOR in line and not bracket_header(line):
            run.append((offset, line))
        else:
            close()
        offset += len(line) + 1
    close()
    return blocks


# Years that do not date what the table reports: a basis ("so với vụ xuân 2019"), a term
# ("giai đoạn 2022 - 2025") and the date of a decision ("ngày 5-1-2022").
_OTHER_YEAR: Final = re.compile(
    r"\bso(?: với| cùng kỳ)?(?: \w+){0,3} (?:năm )?(?:19|20)\d{2}\b"
    r"|\b(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\b"
    r"|\b\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}\b"
)


def bracket_header(line: str) -> list[str]:
    """The column headers a caption line writes in brackets, "Một số huyện (diện tích |
    năng suất (so vụ xuân 2019) | sản lượng):"; the line itself is prose.

    >>> bracket_header("Một số huyện (diện tích | năng suất (so vụ 2019) | sản lượng):")
    ['diện tích', 'năng suất (so vụ 2019)', 'sản lượng']
    """
    first = line.find(CELL_SEPARATOR)
    opened = line.rfind("(", 0, first)
    if opened < 0 or ")" in line[opened:first]:
        return []
    inside = line[opened + 1 :].rstrip().rstrip(":.").rstrip()
    if not inside.endswith(")"):
        return []
    return [cell.strip() for cell in inside[:-1].split(CELL_SEPARATOR)]


def caption_year(text: str, start: int) -> int | None:
    """The last year named in the text before a table (its caption, a heading).

    >>> caption_year("Vụ xuân 2020, giảm 1,3% so với vụ xuân 2019. Một số huyện:\\n", 59)
    2020
    """
    before = text[max(0, start - 400) : start]
    if "so" in before or "-" in before or "/" in before:
        before = _OTHER_YEAR.sub(" ", before)
    years = _YEAR.findall(before)
    return int(years[-1]) if years else None


def _caption_line(text: str, start: int) -> str:
    """The line right above a table that starts at `start`."""
    return text[max(0, text.rfind("\n", 0, max(0, start - 1)) + 1) : start]


def caption_unit(text: str, start: int) -> str:
    """A unit the caption line gives the whole table: "... so với cùng kỳ (%):" gives "%",
    and "... (số cơ sở y tế, đơn vị tính: cơ sở):" gives "cơ sở".

    >>> text = "Số trường học theo huyện (đơn vị tính: trường):\\nA | 1"
    >>> caption_unit(text, text.index("A"))
    'trường'
    """
    line = _caption_line(text, start).strip()
    found = _CAPTION_UNIT.search(line)
    named = _NAMED_UNIT.search(line)
    if named:
        return named.group(1).strip().lower()
    return found.group(1).strip().lower() if found else ""


def caption_months(text: str, start: int) -> tuple[int, int] | None:
    """The months the caption dates the table by: "số cơ sở y tế năm 2016" the whole year,
    and a part of it read as a column header is ("kết quả 6 tháng đầu năm 2016" its first
    six months); columns that name no period then cover them. None when the caption names
    no year, two of them ("vụ xuân 2020 so với vụ xuân 2019"), or a season with no months.

    >>> text = "Kết quả 6 tháng đầu năm 2016 (ĐVT: tỷ đồng):\\nA | 1"
    >>> caption_months(text, text.index("A"))
    (1, 6)
    """
    line = _caption_line(text, start)
    if _WHOLE_YEAR.search(line) and not _PART_OF_YEAR.search(line):
        return 1, 12  # "(năm 2023):", "kết quả rà soát năm 2021 ...": the whole year
    key = search_key(line)
    if not _YEAR.search(key):
        return None
    period, named = _header_period(key, None)
    if not named or period.from_month is None or period.to_month is None:
        return None
    return period.from_month, period.to_month


def caption_kind(text: str, start: int) -> Kind | None:
    """'target' when the caption announces plans ("Một số chỉ tiêu kế hoạch năm 2016:"),
    'estimate' when it says its figures are estimated ("... (ước tính, % tăng):")."""
    line = _caption_line(text, start).lower()
    if _PLANNED.search(line) and not _REALISED.search(line):
        return "target"
    if _ESTIMATED.search(line):
        return "estimate"
    return None


def caption_line(text: str, start: int) -> str:
    """The line right above the table that starts at `start`."""
    return _caption_line(text, start)


def blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with each (start, end) span replaced by as many line breaks, so that
    offsets stay put and a table's cells do not run into the sentences around it."""
    pieces: list[str] = []
    done = 0
    for start, end in sorted(spans):
        start = max(start, done)
        pieces += [text[done:start], "\n" * max(0, end - start)]
        done = max(done, end)
    pieces.append(text[done:])
    return "".join(pieces)
