"""A bare year in a series of one part of the year names which year's part it is.

"(6 tháng năm 2013 tăng 5,42%, năm 2012 tăng 5,02%)": the second item is the first half of
2012, the part said once for the series; so "(quý III năm 2022 đạt 820 tỷ đồng, năm 2021
đạt 410 tỷ đồng)". Only items of one parenthesis, split by commas, read so: "Quý I/2024
đạt 6,5%; năm 2023 đạt 7,2%" and "cả năm 2023" name whole years.

>>> from tiendo.extract.period_cues import find_periods
>>> text = "(6 tháng năm 2013 tăng 5,42%, năm 2012 tăng 5,02%)"
>>> [(m.year, m.from_month, m.to_month) for m in find_periods(text)]
[(2013, 1, 6), (2012, 1, 6)]
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from tiendo.extract.joined_quarters import joined_quarters

if TYPE_CHECKING:
    from tiendo.extract.period_cues import PeriodMention


# What ends an item's parenthesis or clause; the point in "48.000" groups digits.
_BREAK = re.compile(r"[;()]|\.(?!\d)")


def _part_of_year(mention: PeriodMention) -> bool:
    return (
        mention.year is not None
        and mention.from_month is not None
        and mention.to_month is not None
        and mention.to_month - mention.from_month < 11
    )


def _in_one_parenthesis(text: str, first: int, last: int) -> bool:
    """True when text[first:last] lies inside one parenthesis, split by commas only."""
    between = text[first:last]
    if "," not in between or _BREAK.search(between):
        return False
    return text.rfind("(", 0, first) > text.rfind(")", 0, first)


def series_parts(text: str, mentions: list[PeriodMention], offset: int) -> list[PeriodMention]:
    """`mentions` of lower-case `text` (moved by `offset`), with a bare whole year that
    follows a part of another year in a parenthesised series given that part's months;
    quarters joined by "và" are one span (joined_quarters.py)."""
    mentions = joined_quarters(text, mentions, offset)  # "ở cả quý ii và quý iii"
    if "(" not in text:
        return mentions  # most sentences hold no such series
    kept = list(mentions)
    for index in range(1, len(kept)):
        mention, before = kept[index], kept[index - 1]
        start = mention.start - offset
        if (
            mention.scope != "span"
            or (mention.from_month, mention.to_month) != (1, 12)
            or mention.year is None
            or not text.startswith("năm", start)
            or text.endswith("cả ", 0, start)
            or not _part_of_year(before)
            or before.year == mention.year
            or not _in_one_parenthesis(text, before.end - offset, start)
        ):
            continue
        kept[index] = replace(mention, from_month=before.from_month, to_month=before.to_month)
    return kept
