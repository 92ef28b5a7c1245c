"""Last year's figure set against this year's after "trong khi" or "còn".

"Chín tháng ước tăng 6,47%, trong khi cùng kỳ năm 2023 chỉ tăng 3,94%"; "Tháng 8/2023,
lượng khách đạt 120.000 lượt, còn cùng kỳ năm 2022 chỉ đạt 85.000 lượt": the contrast opens
a clause of its own, inside the sentence's one clause of figures, whose subject is "cùng kỳ":
its figure is the same months of the earlier year, as `same_period_quotes` reads "cùng kỳ"
opening the figure's clause or parentheses.

>>> low = "đạt 120.000 lượt, còn cùng kỳ năm 2022 chỉ đạt 85.000 lượt"
>>> contrast_start(low, 0, low.index("85.000"))
17
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from tiendo.extract.same_period_quotes import as_earlier_result, same_period_before

if TYPE_CHECKING:
    from tiendo.extract.clauses import Draft

_CONTRAST: Final = re.compile(r",\s+(?:trong khi|còn)\s+cùng\s+k[ỳì]\b")
_REACH: Final = 60  # characters between the contrast and the figure's number
# "trong khi cùng kỳ năm 2024": the contrast names its year.
_NAMED_YEAR: Final = re.compile(r"\s*(?:trong khi|còn)\s+cùng\s+k[ỳì]\s+(?:năm\s+)?\d{4}\b")


def contrast_start(low: str, start: int, anchor: int) -> int | None:
    """Where the last clause set in contrast by "cùng kỳ" before `anchor` opens (at its
    comma), within the figure's words from `start`; None when there is none."""
    found = None
    floor = max(start, anchor - _REACH)
    if low.find("cùng k", floor, anchor) < 0:
        return None  # every match holds it: most windows have none, and no finditer is made
    for match in _CONTRAST.finditer(low, floor, anchor):
        found = match.start() + 1
    return found


def contrast_same_period(low: str, draft: Draft, before: Draft | None) -> None:
    """Make `draft` last year's figure, a result, when a "trong khi/còn cùng kỳ" clause
    holds it: the months of the figure before it, in the earlier year. Against a plan, the
    contrast must name its year ("phấn đấu thu 1.000 tỷ đồng, trong khi cùng kỳ năm 2024
    đạt 900 tỷ đồng"): a bare "cùng kỳ" beside a plan may be the plan's own term."""
    if before is None:
        return
    start = contrast_start(low, draft.clause_start, draft.anchor)
    if start is None or before.anchor < draft.clause_start:
        return
    if before.kind == "target" and not _NAMED_YEAR.match(low, start):
        return
    earlier = same_period_before(low, start, draft.anchor, before.period)
    if earlier is not None:
        as_earlier_result(low, start, draft, earlier)  # "GRDP cùng kỳ"
