"""Quarters joined by "và" name the months from the first to the last.

"Kinh tế tăng trên 12% ở cả quý II và quý III": the rise holds for the two quarters, April
to September, not for the second quarter alone (the first time after the number). Only
quarters next to each other ("quý II và quý III", "quý III và IV"), joined by "và" or "-"
with nothing else between, and of one year (the later one's, or the first's when only it
names one), read so: "quý I và quý III" are two times apart, "quý I và 6 tháng" two kinds.

>>> from tiendo.extract.period_cues import find_periods
>>> [(m.year, m.from_month, m.to_month) for m in find_periods("tăng 12% ở cả quý ii và quý iii")]
[(None, 4, 9)]
>>> [(m.year, m.from_month, m.to_month) for m in find_periods("quý i và quý iii/2021")]
[(None, 1, 3), (2021, 7, 9)]
>>> [(m.year, m.from_month, m.to_month) for m in find_periods("trong quý iii và iv năm 2021,")]
[(2021, 7, 12)]
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from tiendo.extract.period_cues import PeriodMention

# What may stand between two joined quarters: "và", "-", "cả" ("quý ii và cả quý iii").
_JOIN: Final = re.compile(r"\s*(?:và|-|–)\s*(?:cả\s+)?")
# A bare numeral after the joiner stands for the second quarter ("quý iii và iv").
_BARE: Final = re.compile(r"\s*(?:và|-|–)\s*(iv|i{1,3})\b(?:\s*/\s*(\d{4})|\s+năm\s+(\d{4}))?")
_ROMAN: Final = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def _quarter(mention: PeriodMention) -> int | None:
    """The quarter a mention names alone, or None."""
    first, last = mention.from_month, mention.to_month
    if mention.scope != "span" or mention.basis or first is None or last is None:
        return None
    return last // 3 if last - first == 2 and last % 3 == 0 else None


def joined_quarters(text: str, mentions: list[PeriodMention], offset: int) -> list[PeriodMention]:
    """`mentions` of lower-case `text` (moved by `offset`), with two quarters next to each
    other and joined by "và" made one mention of their months."""
    if "quý" not in text:
        return mentions
    kept: list[PeriodMention] = []
    for mention in mentions:
        before = kept[-1] if kept else None
        if before is not None and mention.start < before.end:
            continue  # "năm 2021" of "quý iii và iv năm 2021", taken in below
        if (
            before is not None
            and (first := _quarter(before)) is not None
            and _quarter(mention) == first + 1
            and text.startswith("quý", mention.start - offset)
            and _JOIN.fullmatch(text, before.end - offset, mention.start - offset)
            and (before.year is None or before.year == mention.year)
        ):
            year = mention.year if mention.year is not None else before.year
            kept[-1] = replace(before, end=mention.end, year=year, to_month=mention.to_month)
            continue
        first = _quarter(mention)
        bare = _BARE.match(text, mention.end - offset) if first else None  # "quý iii và iv"
        if first and bare and _ROMAN[bare.group(1)] == first + 1:
            named = bare.group(2) or bare.group(3)
            year = int(named) if named else mention.year
            end = bare.end() + offset
            mention = replace(mention, end=end, year=year, to_month=3 * first + 3)
        kept.append(mention)
    return kept
