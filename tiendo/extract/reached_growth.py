"""A rate of growth that "reaches" a percentage against an earlier time rose by it.

"Sáu tháng đầu năm 2022, tốc độ tăng trưởng kinh tế đạt 7,86% so với cùng kỳ năm trước":
the subject is itself a rise, so "đạt 7,86% so với cùng kỳ" says how much the economy grew
on that time, a change of 7,86%. The same words after a level ("chỉ số sản xuất đạt 105%
so với cùng kỳ", "tốc độ phát triển đạt 107,5%", "doanh thu đạt 95% so với năm trước")
give the level as a share of the earlier one, a ratio, and stay so. Plans and budgets are
left alone: "tăng trưởng đạt 98% kế hoạch" is how much of the plan was met. A share of 100%
or more is the reading of an index ("đạt 102%"), never a growth said with "đạt".

>>> grown_by_reaching("tốc độ tăng trưởng kinh tế của tỉnh", "sáu tháng, tốc độ … đạt ")
True
>>> grown_by_reaching("chỉ số sản xuất công nghiệp", "chỉ số sản xuất công nghiệp đạt ")
False
>>> grown_by_reaching("mức tăng trưởng grdp", "mức tăng trưởng grdp bằng ")
False
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.comparisons import PERIOD_BASES
from tiendo.extract.figure import Comparison

# A name that is a rise already: "tăng trưởng kinh tế", "tốc độ tăng GRDP", "mức tăng".
_GROWTH_NAME: Final = re.compile(r"^(?:(?:tốc độ|mức|tỷ lệ|tỉ lệ)\s+)?tăng(?:\s+trưởng)?\b")
# "đạt", with the words of a result or an estimate and a bound, right before the number.
_REACHED: Final = re.compile(
    r"(?:^|\s)(?:chỉ\s+|mới\s+|ước\s+|ước tính\s+|dự ước\s+|cũng\s+)?đạt"
    r"(?:\s+(?:được|khoảng|gần|hơn|trên|xấp xỉ|mức))*\s*$"
)


def grown_by_reaching(indicator: str, before: str) -> bool:
    """True when a figure named `indicator` (lower-case) is a rise, and the words `before`
    its percentage (lower-case, in its clause) end with "đạt"."""
    return _GROWTH_NAME.match(indicator) is not None and _REACHED.search(before) is not None


def reached_growth(low: str, drafts: list[Draft]) -> None:
    """Read a rise's "đạt x% so với <an earlier time>" as a change (see the module)."""
    for draft in drafts:
        if draft.quantity is not None or not draft.comparisons:
            continue  # "tăng trưởng đạt 7,5%, bằng 98% cùng kỳ": a level and its share
        ratios = [
            c
            for c in draft.comparisons
            if c.measure == "ratio" and c.basis in PERIOD_BASES and c.percent < 100
        ]
        if not ratios:
            continue
        start = max(draft.clause_start, draft.number_start - 40)
        if not grown_by_reaching(draft.indicator.lower(), low[start : draft.number_start]):
            continue
        draft.comparisons = [
            Comparison(c.basis, "change", c.percent, c.basis_text) if c in ratios else c
            for c in draft.comparisons
        ]
