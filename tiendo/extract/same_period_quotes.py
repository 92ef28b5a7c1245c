"""Last year's level quoted beside this year's: "cùng kỳ" as the subject of a figure.

"Tổng mức bán lẻ quý I đạt 27.361 tỷ đồng, tăng 9,1% (cùng kỳ khoảng 25.080 tỷ đồng)";
"…; cùng kỳ năm 2023 thành phố chỉ có 106 ca mắc"; "giảm 10,4% (cùng kỳ năm 2020 giảm
3,8%)". When "cùng kỳ" opens the words of a figure (its clause, or the parentheses it stands
in), the figure is the same months of an earlier year: the year it names, else the year
before the figure it is set beside. What was, was: a result, whatever the list before it
estimated.

>>> low = "đạt 27.361 tỷ đồng (cùng kỳ khoảng 25.080 tỷ đồng)"
>>> same_period_year(low, low.index("(") + 1, low.index("25.080"), 2024)
2023
>>> low = "; cùng kỳ năm 2020 thành phố có 106 ca"
>>> same_period_year(low, 1, low.index("106"), 2024)
2020
>>> same_period_year("; so với cùng kỳ tăng 5%", 1, 20, 2024) is None
True
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from tiendo.periods import Period

if TYPE_CHECKING:  # clauses imports the modules that import this one
    from tiendo.extract.clauses import Draft

# "cùng kỳ", "cùng kỳ năm trước", "cùng kỳ 2012", "cùng kỳ năm 2023" first in the figure's
# words; a "còn" or "trong khi" may set it against what came before.
_OPENS: Final = re.compile(
    r"[\s(;,]*(?:(?:còn|trong khi|và)\s+)?cùng\s+k[ỳì]"
    r"(?:\s+(?:năm\s+)?(?:(?P<last>trước|ngoái)|(?P<year>\d{4})))?(?=[\s,:)]|$)"
)
_REACH: Final = 60


def same_period_year(low: str, start: int, anchor: int, year: int | None) -> int | None:
    """The earlier year of a figure whose words, from `start` to its number at `anchor`,
    open with "cùng kỳ"; None when they do not, or no year can be told. `year` is the
    year of the figure it is set beside."""
    if anchor - start > _REACH or "cùng" not in low[start:anchor]:
        return None
    match = _OPENS.match(low, start, anchor)
    if match is None:
        return None
    if match.group("year"):
        named = int(match.group("year"))
        return named if year is None or named < year else None
    return year - 1 if year is not None else None


def same_period_before(low: str, start: int, anchor: int, before: Period) -> Period | None:
    """The period of a figure opened by "cùng kỳ": the months of the figure `before` it,
    in the earlier year; None when the figure is no such one."""
    year = same_period_year(low, start, anchor, before.year)
    if year is None:
        return None
    return Period(year, before.from_month, before.to_month)


def same_period_quote(
    low: str, draft: Draft, before: Draft | None, paren: tuple[int, int] | None
) -> None:
    """Make `draft` last year's level when "cùng kỳ" opens its words: the months of the
    figure before it, in the earlier year, a result. A plan before it is no period of its
    own to go back from. Said in passing, it leaves the estimate of the list in force for
    the figures after it, so it is no cued kind."""
    if before is None or before.kind == "target":
        return
    start = paren[0] + 1 if paren else draft.clause_start
    earlier = same_period_before(low, start, draft.anchor, before.period)
    if earlier is not None:
        as_earlier_result(low, start, draft, earlier)


def as_earlier_result(low: str, start: int, draft: Draft, earlier: Period) -> None:
    """Make `draft`, whose words from `start` open with "cùng kỳ", a result of the
    `earlier` period, a short name saying so ("GRDP cùng kỳ"); a count's noun names what
    it counts, whatever the year ("số vụ")."""
    draft.period, draft.kind, draft.kind_cued = earlier, "actual", False
    if draft.quantity is None or draft.quantity.unit.kind != "count":
        draft.indicator = with_same_period(low, start, draft.indicator)


# An acronym, or a name of two words, says nothing of when: "GRDP cùng kỳ năm 2020".
_SHORT_NAME: Final = 2


def with_same_period(low: str, start: int, named: str) -> str:
    """A short name of last year's level with the words that say so ("(cùng kỳ tăng
    6,73%)" after "GRDP tăng 7,23%" is "GRDP cùng kỳ"); a longer name as it is.

    >>> with_same_period("(cùng kỳ năm 2020 tăng 6,73%)", 1, "GRDP")
    'GRDP cùng kỳ năm 2020'
    >>> with_same_period("(cùng kỳ tăng 6,73%)", 1, "tổng mức bán lẻ hàng hóa")
    'tổng mức bán lẻ hàng hóa'
    """
    opened = _OPENS.match(low, start)
    if opened is None or not named or len(named.split()) > _SHORT_NAME:
        return named
    words = opened.group()
    return f"{named} {' '.join(words[words.index('cùng') :].split())}"


# "... mức 7,89% của cùng kỳ năm 2022": the quoted level is of the same months.
_OF_SAME_PERIOD: Final = re.compile(r"[ \t]*(?:/năm[ \t]*)?của[ \t]+cùng[ \t]+k[ỳì]\b")


def quoted_same_months(low: str, draft: Draft, level_of: Draft) -> None:
    """Give a level quoted "của cùng kỳ <năm>" beside `level_of` the months of that figure:
    "cùng kỳ" names the same part of the earlier year, not all of it."""
    quantity, period, months = draft.quantity, draft.period, level_of.period
    if quantity is None or period.year is None or months.to_month is None:
        return
    if _OF_SAME_PERIOD.match(low, quantity.unit.end):
        draft.period = Period(period.year, months.from_month, months.to_month)
