"""A rise whose subject is a time of its own: "quý I tăng 6,08%, quý II tăng 6,44%"; and
"this rise", compared with an earlier one ("Mức tăng này cao hơn cùng kỳ ...").

A figure's comparisons are all about one time: the figure's period. When a second rise in
a run of rises is opened by a period that is not the basis of a comparison ("5 tháng đầu
năm tăng 8,7%", "(năm 2012 tăng 5,02%)"), that time is the rise's subject, and the rise is
a figure of its own, not a second comparison of the figure before.
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.figure import Measure
from tiendo.extract.period_cues import PeriodMention


def own_time(
    host: Draft, measure: Measure, periods: list[PeriodMention], start: int, end: int
) -> bool:
    """True when a change that follows a figure's change is opened by a time of its own."""
    return (
        measure == "change"
        and any(c.measure == "change" for c in host.comparisons)
        and time_subject_between(periods, start, end)
    )


def time_subject_between(periods: list[PeriodMention], start: int, end: int) -> bool:
    """True when a period that is no basis and no day lies between a figure's last
    comparison (ending at `start`) and the next comparison's lead (at `end`)."""
    return any(start <= m.start < end and not m.basis and m.scope != "date" for m in periods)


# "Mức tăng này cao hơn ...", "mức giảm đó lớn hơn ...": "this rise" compared with
# others' rises. The subject is the rise just stated, not the words of the comparison.
_COMPARED_RISE: Final = re.compile(
    r"^mức (?:tăng|giảm|tăng trưởng) (?:này|đó)"
    r"(?: \S+)? (?:cao|thấp|nhanh|chậm|lớn|nhỏ) hơn\b"
)


def compared_rise(lowered: str, draft: Draft, before: list[Draft]) -> str:
    """The measure a figure stands for when its subject is "this rise, higher than ...":
    the figure the sentence before was about (its first one: the later ones are its parts
    or remarks), "" when the subject is no such rise."""
    if draft.quantity is not None or not before or _COMPARED_RISE.match(lowered) is None:
        return ""
    draft.carried = True
    return before[0].indicator
