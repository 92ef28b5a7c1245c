"""An amount alone in parentheses right after the basis of a comparison is that basis's level.

"Quý I/2024 vốn điều chỉnh đạt 104,79 triệu USD, tăng 60,7% so với cùng kỳ năm 2023
(37,37 triệu USD)": the parenthesis glosses "cùng kỳ năm 2023" with its amount, so the
figure is the first quarter of 2023, not the whole year the bare "năm 2023" would give;
"so với cùng kỳ (438 tỷ đồng)" is the same months of the year before, and "so với tháng
trước (115 triệu kWh)" the month before. Only a parenthesis that opens with the amount
("(khoảng 25.080 tỷ đồng)" too) reads so: "(tăng 7,45%)" or "(năm 2022 đạt …)" are read
elsewhere, and a basis followed by words ("so với cùng kỳ, quý này (…)") glosses nothing.

>>> low = "tăng 60,7% so với cùng kỳ năm 2023 (37,37 triệu usd)"
>>> glossed_basis(low, low.index("("), low.index("37,37"), Period(2024, 1, 3))
Period(year=2023, from_month=1, to_month=3)
>>> low = "giảm 6% so với cùng kỳ (438 tỷ đồng)"
>>> glossed_basis(low, low.index("("), low.index("438"), Period(2021, 1, 9))
Period(year=2020, from_month=1, to_month=9)
>>> low = "tăng 4% so với tháng trước (115 triệu kwh)"
>>> glossed_basis(low, low.index("("), low.index("115"), Period(2023, 5, 5))
Period(year=2023, from_month=4, to_month=4)
>>> low = "tăng 4% so với cùng kỳ (tăng 115 tỷ đồng)"
>>> glossed_basis(low, low.index("("), low.index("115"), Period(2023, 5, 5)) is None
True
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.periods import Period

# The basis, ending right where the parenthesis opens: "(so với) cùng kỳ (năm trước|2023)",
# "(so với) tháng trước". Anchored at the end of a short window before "(".
_SAME_PERIOD_BEFORE: Final = re.compile(
    r"\bcùng\s+k[ỳì](?:\s+(?:năm\s+)?(?:(?P<last>trước|ngoái)|(?P<year>\d{4})))?\s*$"
)
_MONTH_BEFORE: Final = re.compile(r"\bso(?:\s+với)?\s+tháng\s+(?:trước|liền\s+kề)\s*$")
# What may stand between "(" and the amount: nothing but a bound word.
_LEAD: Final = re.compile(r"\s*(?:(?:khoảng|gần|hơn|trên|xấp xỉ|đạt|là)\s+)?$")
_WINDOW: Final = 40


def glossed_basis(low: str, paren_start: int, anchor: int, period: Period) -> Period | None:
    """The period of an amount in the parenthesis opening at `paren_start`, its number at
    `anchor`, when that parenthesis glosses the basis right before it; `period` is the time
    of the figure compared. None when it glosses no such basis."""
    if anchor - paren_start > 12 or not _LEAD.match(low[paren_start + 1 : anchor]):
        return None
    before = low[max(0, paren_start - _WINDOW) : paren_start]
    same = _SAME_PERIOD_BEFORE.search(before)
    if same is not None:
        if same.group("year"):
            year = int(same.group("year"))
            if period.year is not None and year >= period.year:
                return None
        elif period.year is None:
            return None
        else:
            year = period.year - 1
        if period.to_month is None:
            return Period(year, None, None)
        return Period(year, period.from_month, period.to_month)
    if (
        _MONTH_BEFORE.search(before)
        and period.year is not None
        and period.from_month is not None
        and period.from_month == period.to_month
    ):
        if period.from_month == 1:
            return Period(period.year - 1, 12, 12)
        return Period(period.year, period.from_month - 1, period.from_month - 1)
    return None
