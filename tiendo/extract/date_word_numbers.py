"""A number right after a word of a date ("năm", "tháng", "quý") that no date could be.

"ước cả năm 21.000 tỷ đồng" writes no year, and money follows it; "lũy kế 7 tháng 136.915
tấn" no month. A count is read so only in parentheses after "năm": "đạt 26% kế hoạch năm
(25.000 lao động)" gives the plan's level of the year, as "kế hoạch (25.000 lao động)"
does, where "năm 3 xã" may still date or count.

>>> low = "đạt 26% kế hoạch năm (25.000 lao động)."
>>> at = low.index("25")
>>> no_date_after_word(low, low, at, at + 6, 25000.0)
True
>>> low = "đạt 26% kế hoạch năm (2024)."
>>> at = low.index("2024")
>>> no_date_after_word(low, low, at, at + 4, 2024.0)
False
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.char_scans import has_word_at
from tiendo.extract.numbers import in_year_range, is_year
from tiendo.extract.units import read_unit

_YEAR_WORD_PAREN: Final = re.compile(r"năm(?<=\bnăm)\s*\(\s*$")
# A span of months (a number, then "tháng") right before the number.
_SPAN_MONTHS: Final = re.compile(r"\d\s+tháng\s+$")


def year_word_paren(low: str, first: int) -> bool:
    """True when the number at `first` opens a parenthesis right after "năm"."""
    return "(" in low[max(0, first - 3) : first] and (
        _YEAR_WORD_PAREN.search(low, max(0, first - 8), first) is not None
    )


def no_date_after_word(low: str, norm: str, first: int, last: int, value: float) -> bool:
    """True for an amount right after "năm" that no year could be ("cả năm 21.000 tỷ"), or
    after "tháng"/"quý" that no month could be ("lũy kế 7 tháng 136.915 tấn"), after "ngày"
    that no day could be ("khách trong ngày 184 nghìn lượt"), and for a
    count in parentheses right after "năm" ("kế hoạch năm (25.000 lao động)")."""
    if year_word_paren(low, first):  # ("2.000 người" is no year: its point says so)
        return not is_year(low[first:last]) and read_unit(low, last, norm) is not None
    if has_word_at(low, first - 5, "ngày ") and (value > 31 or "," in low[first:last]):
        # "khách trong ngày 184 nghìn lượt": day visitors, no day of a month is 184, nor
        # 25,5; "ngày 30.4" is a day and its month, whatever follows it.
        return read_unit(low, last, norm) is not None
    if has_word_at(low, first - 4, "năm "):
        if in_year_range(value):
            return False
    elif not (has_word_at(low, first - 6, "tháng ") or has_word_at(low, first - 4, "quý ")) or (
        value <= 12 and value == int(value)
    ):
        return False
    unit = read_unit(low, last, norm)
    if unit is not None and unit.kind == "count" and _SPAN_MONTHS.search(low, 0, first):
        # "sơ cấp và dưới 3 tháng 26.500 người": a span of months closes the level's name
        # (a class of training), and the count after it is of people, as an amount is.
        return True
    return unit is not None and unit.kind in ("money", "measure")
