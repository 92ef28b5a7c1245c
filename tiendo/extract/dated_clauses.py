"""A clause after ";" that dates itself before the aim stated earlier in its sentence.

"Năm 2025, huyện phấn đấu thu ngân sách đạt 4.800 tỷ đồng; năm 2024, giá trị sản xuất
công nghiệp của huyện đạt 88.500 tỷ đồng": the second clause names a year the aim is
not for, one already past when the aim was set, so it reports where the measure stood.
So does a clause that opens with "hiện" ("...; hiện tỷ lệ hộ nghèo còn 2,14%"): the
present is no aim. A later year ("...; năm 2026, ...") stays under the aim.

>>> opening_time("; năm 2024, giá trị sản xuất đạt ")
2024
>>> opening_time("; hiện tỷ lệ hộ nghèo toàn tỉnh còn ")
0
>>> opening_time(", năm 2024 giá trị đạt ") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from tiendo.extract.clauses import Draft

# The clause's own time right after ";": a year, or "hiện (nay/tại)", "đến nay".
_OPENING: Final = re.compile(
    r"\s*;\s*(?:còn|riêng|trong)?\s*(?:năm (\d{4})\b|hiện(?: nay| tại)?\b(?! đại)|đến nay\b)"
)


def opening_time(before: str) -> int | None:
    """The year a ";"-clause opens with (0 for the present), from the words just before its
    figure, ";" included; None when it opens with no time."""
    match = _OPENING.match(before)
    if match is None:
        return None
    return int(match.group(1)) if match.group(1) else 0


def before_aim(low: str, draft: Draft, earlier: Sequence[Draft]) -> bool:
    """True when `draft`'s ";"-clause opens with a time before the year of a target stated
    earlier in its sentence (`earlier`: the sentence's figures before it), or with now."""
    start = low.rfind(";", max(0, draft.anchor - 160), draft.anchor)
    if start < 0:
        return False
    year = opening_time(low[start : draft.anchor])
    if year is None:
        return False
    aims = [d.period.year or 0 for d in earlier if d.kind == "target" and d.anchor < start]
    return bool(aims) and (year == 0 or year < max(aims))
