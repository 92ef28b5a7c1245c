"""A quarter or a month named by its place in the year: "quý đầu năm", "tháng cuối năm".

"Quý đầu năm 2024, giá trị sản xuất công nghiệp đạt 1.150 tỷ đồng" is the first quarter,
as "quý I năm 2024" is, and "tháng đầu năm" is January; a count before "quý" counts
quarters from that end ("hai quý đầu năm" is January to June, "ba quý đầu năm" to
September), and "quý đầu tiên của năm" says the same at more length. A count before
"tháng" is read by period_cues (_MONTHS: "hai tháng đầu năm"), so only a month without
one is read here. Words that make the part vague name no months: "những tháng đầu năm",
"các quý cuối năm", "vài tháng đầu năm". With a year ("Những tháng đầu năm 2024, tổng mức
bán lẻ đạt 684,5 tỷ đồng") the part still names its year, and no more: a few months of
it, not the whole year that "năm 2024" alone would give; its months are None.

>>> [(m.group(0), *rest) for m, *rest in year_ends("những tháng đầu năm 2024, thu đạt 41 tỷ")]
[('tháng đầu năm 2024', 2024, None, None)]
>>> [(m.group(0), *rest) for m, *rest in year_ends("10 tháng đầu năm 2024, thu đạt 41 tỷ")]
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from tiendo.extract.word_matches import matches_near_words

_PART: Final = re.compile(
    r"(?:(?<![^\W_])(hai|ba|2|3)\s+)?(?<![^\W_])(quý|tháng)\s+(đầu|cuối)"
    r"(?:\s+(?:tiên|cùng))?(?:\s+của)?\s+năm(?![^\W_])(?:\s+(\d{4})(?!\d)|\s+nay(?![^\W_]))?"
)
# A word before the part that makes it vague or counts it already: "những tháng đầu năm",
# "10 tháng đầu năm" (period_cues reads the latter).
_VAGUE_BEFORE: Final = re.compile(
    r"(?:\d|(?<![^\W_])(?:những|các|mấy|vài|một vài|nhiều|mỗi|hằng|hàng|bốn|một))\s+$"
)


# Of the vague words, those that make the part a plural of several months or quarters:
# "những tháng đầu năm 2024" is some months of 2024 ("mỗi", "hằng" repeat it every year).
_SEVERAL_BEFORE: Final = re.compile(r"(?<![^\W_])(?:những|các|mấy|vài|một vài|nhiều)\s+$")


# The longest count _PART reads before its unit ("hai", "ba", "2", "3").
_LONGEST_COUNT: Final = 3


def _parts(text: str) -> Iterator[re.Match[str]]:
    """_PART.finditer(text), the same matches: every match holds "quý" or "tháng"."""
    return matches_near_words(_PART, text, ("quý", "tháng"), _LONGEST_COUNT)


def year_ends(text: str) -> Iterator[tuple[re.Match[str], int | None, int | None, int | None]]:
    """Each quarter or month named by its place in lower-case `text`, with its year (None
    where it names none) and its first and last months (None for a vague part that only
    names its year)."""
    for match in _parts(text) if "đầu" in text or "cuối" in text else ():
        count_word, unit, end = match.group(1), match.group(2), match.group(3)
        if _VAGUE_BEFORE.search(text, max(0, match.start() - 10), match.start()):
            vague = _SEVERAL_BEFORE.search(text, max(0, match.start() - 10), match.start())
            if vague and match.group(4) and not count_word:
                yield match, int(match.group(4)), None, None  # "những tháng đầu năm 2024"
            continue
        if unit == "tháng" and count_word:
            continue  # "hai tháng đầu năm": period_cues' count of months
        count = 1 if not count_word else 2 if count_word in ("hai", "2") else 3
        months = 3 * count if unit == "quý" else 1
        span = (1, months) if end == "đầu" else (13 - months, 12)
        year = int(match.group(4)) if match.group(4) else None
        yield match, year, *span
