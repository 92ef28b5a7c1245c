"""A clause of "khi" (when) after an earlier time compared is that time's own figure.

"GRDP 9 tháng năm 2024 tăng 7,71%, cao hơn hẳn cùng kỳ năm 2023, khi GRDP chỉ tăng
5,03%", "thu ngân sách cao hơn năm 2019, khi thu ngân sách chỉ đạt 4.200 tỷ đồng": the
time named right before ", khi" is the one the clause tells of; its figure is of that
time, the same months of its year after "cùng kỳ", the whole year after "năm 2019", and a
result, whatever aim the sentence spoke of before. A "khi" after no time ("tăng mạnh, khi
giá cao su tăng 20%") is left as it was read.

>>> earlier_time(", cao hơn hẳn cùng kỳ năm 2023, khi grdp chỉ tăng ", 2024)
(2023, True)
>>> earlier_time(" cao hơn năm trước, khi thu ngân sách đạt ", 2024)
(2023, False)
>>> earlier_time(" tăng mạnh, khi giá cao su tăng ", 2024) is None
True
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.comparisons import PERIOD_BASES
from tiendo.extract.figure import Basis, Comparison
from tiendo.periods import Period

# The time, then ", khi" and the clause's words up to its number (no break between).
_WHEN: Final = re.compile(
    r"\b(?P<same>cùng kỳ\s+|cùng kì\s+)?năm\s+(?:(?P<year>\d{4})|(?P<last>trước|ngoái))\)?"
    r"\s*,\s*khi\s+[^\d.;,:()]{0,60}$"
)


def earlier_time(gap: str, year: int | None) -> tuple[int, bool] | None:
    """The year the words before a number (`gap`, lower-case) name right before their
    ", khi", and whether it is the same months of that year; None when there is none."""
    # Every match holds "khi", which most stretches lack: a plain look-up first, as the
    # pattern (opening with an optional group) is otherwise tried at every position.
    found = _WHEN.search(gap) if "khi" in gap else None
    if found is None:
        return None
    if found.group("year"):
        return int(found.group("year")), bool(found.group("same"))
    return None if year is None else (year - 1, bool(found.group("same")))


def after_earlier_when(before: str) -> bool:
    """True when lower-case `before` (up to a number) ends in a "khi" clause after an
    earlier time: its rise is one that time saw, not a rate aimed at."""
    return "khi" in before and _WHEN.search(before) is not None  # (as in earlier_time)


def date_earlier_whens(low: str, drafts: list[Draft], previous: list[Draft]) -> None:
    """Date each figure of a "khi" clause after an earlier time (see the module)."""
    last = 0
    for index, draft in enumerate(drafts):
        start = draft.quantity.lead_start if draft.quantity is not None else draft.number_start
        period = draft.period
        time = earlier_time(low[max(last, start - 120) : start], period.year)
        last = draft.anchor
        if time is None or (period.year is not None and time[0] >= period.year):
            continue
        months = (1, 12)
        if time[1]:  # "cùng kỳ": the months of the last result stated, not of an aim
            results = [d for d in previous + drafts[:index] if d.kind != "target"]
            told = results[-1].period if results else period
            months = (told.from_month or 1, told.to_month or 12)
        draft.period = Period(time[0], months[0], months[1])
        draft.kind = "actual"
        if draft.quantity is None:  # its rise, against the time before it in the same way
            basis: Basis = "same_period" if time[1] else "previous"
            draft.comparisons = [
                Comparison(basis, c.measure, c.percent, c.basis_text)
                if c.basis in PERIOD_BASES
                else c
                for c in draft.comparisons
            ]
