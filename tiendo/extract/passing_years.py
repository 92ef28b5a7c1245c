"""A past year written after a figure's number dates that figure alone.

"Ngày 25/6/2021, ... 6 tháng đầu năm. ... Tỉnh đã công nhận 02 xã đạt chuẩn nông thôn mới
nâng cao năm 2020, tổng số xã đạt chuẩn nông thôn mới là 47 xã. Tổng thu ngân sách ...":
2020 is when the two communes were recognised, said of them in passing; the total after the
comma and the sentences after are of the report's own time, 2021. A whole year earlier than
the one the passage is in, written in the stretch of an earlier figure of the sentence
(after its number, no comma, ";" or connector between) and closing its clause, neither
dates the figures after it nor is carried to the next sentences. A year the passage has
not reached yet ("đến năm 2025"), or one written before the first figure ("Năm 2020, ..."),
sets the time as before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from tiendo.extract.rise_times import own_number_end

if TYPE_CHECKING:
    from tiendo.extract.clauses import Draft
    from tiendo.extract.period_cues import PeriodMention
    from tiendo.periods import Period

_STOPS: Final = re.compile(r"[,;.:(]|\b(?:thì|còn|nhưng|song|trong khi|và|so với)\b")
_REACH: Final = 60  # characters from a number to the year of its stretch
# The year closes the figure's clause: "... là 45,91 triệu đồng" after it keeps the clause
# going ("tại 6 xã đạt chuẩn đến cuối năm 2019 là ..."), the year being its predicate's, and
# so does a comma before another predicate of the same subject ("đạt 50.000 tấn năm 2020,
# chiếm 30% ...", "..., tăng 10%"): the share and the rise are of that year too.
_CLOSES: Final = re.compile(
    r"\s*(?:[;.]|$|,(?!\s*(?:tăng|giảm|chiếm|bằng|đạt|vượt|gấp|cao hơn|thấp hơn|so với)\b))"
)


def passing_year(
    low: str, drafts: list[Draft], mention: PeriodMention, context: Period, before: int
) -> bool:
    """True when `mention` is a whole year earlier than `context`'s, written in the stretch
    of a figure of `drafts` anchored before `before` (see the module's text)."""
    if (
        mention.basis
        or mention.year is None
        or context.year is None
        or mention.year >= context.year
        or (mention.from_month, mention.to_month) != (1, 12)
        or not _CLOSES.match(low, mention.end)
    ):
        return False
    for draft in drafts:
        if draft.anchor >= before:
            continue
        number_end = own_number_end(low, draft)
        if number_end is None or not number_end <= mention.start < number_end + _REACH:
            continue
        if not _STOPS.search(low, number_end, mention.start):
            return True
    return False
