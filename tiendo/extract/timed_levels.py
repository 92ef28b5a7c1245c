"""A level named by nothing but the time it is at takes the measure stated before it.

"Tỷ lệ hộ nghèo giảm 6,26% (giảm từ 42,61% cuối năm 2023 xuống còn 36,35% cuối năm
2024)": the two levels in the parenthesis are of the rate the clause opened with; the
words after them ("cuối năm 2023") say when, and name no measure.

>>> time_only("cuối năm"), time_only("đầu năm 2024"), time_only("cuối năm học sinh")
(True, True, False)
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft

_TIME_ONLY: Final = re.compile(
    r"(?:(?:vào|đến|tới)\s+)?(?:cuối|đầu|giữa|hết)\s+(?:năm|kỳ|quý|tháng)(?:\s+(?:\d{4}|nay))?"
)


def time_only(indicator: str) -> bool:
    """True when `indicator` says only a time of the year ("cuối năm", "đầu năm 2024")."""
    return _TIME_ONLY.fullmatch(indicator.lower()) is not None


def name_timed_levels(drafts: list[Draft]) -> None:
    """Give a level named only by its time the name of the nearest figure before it in the
    same unit that names a measure."""
    for index, draft in enumerate(drafts):
        if draft.quantity is None or not time_only(draft.indicator):
            continue
        unit = draft.quantity.unit.text
        for before in reversed(drafts[:index]):
            if (
                before.quantity is not None
                and before.quantity.unit.text == unit
                and before.indicator
                and not time_only(before.indicator)
            ):
                draft.indicator = before.indicator
                break
