"""The bound of a comparison-only figure, from "từ … trở lên" around its percentage.

"thu ngân sách mỗi năm vượt kế hoạch tỉnh giao từ 5% trở lên", "giải ngân từ 70% kế hoạch
trở lên": the figure states no level, only a share or a rise, and "từ … trở lên" sets
that share or rise as a floor: the figure is at_least, as a level would be. "tăng hơn
10%" is left exact: readers bound a bare comparison by "hơn" or "trên" in one passage
of four.

>>> low = "vượt kế hoạch tỉnh giao từ 5% trở lên"
>>> floor_of_rise(low, low.index("từ"), len(low)), floor_of_rise(low, low.index("5%"), len(low))
(True, True)

A rise so floored and followed by the time it is reckoned from is still a change, with
that basis ("thu ngân sách tăng từ 8% trở lên so với năm 2023"), not the first level of
a move ("tăng từ 25.055 tỷ đồng lên ...") nor a level to reach; "so với năm trước", the
year before any year, only says the floor is yearly, and a whole ("so với tổng số đảng
viên") is no time:

>>> low = "thu ngân sách tăng từ 8% trở lên so với ước thực hiện năm 2023"
>>> at = low.index("8%")
>>> floored_rise_basis(low, low[:at], at + 2, at + 10)
('ước thực hiện năm 2023', 62)
>>> low = "mỗi năm tăng từ 10% trở lên so với năm trước"
>>> at = low.index("10%")
>>> floored_rise_basis(low, low[:at], at + 3, at + 11) is None
True
>>> low = "tăng hơn 10% so với năm trước"
>>> floor_of_rise(low, low.index("10%"), len(low))
False
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.comparisons import basis_of, read_basis_after

# "từ", the percentage, what it is a share of (a few words), then "trở lên".
_UP: Final = re.compile(r"từ\s+[\d.,]+\s*%(?:\s+[^\W\d_]+){0,4}?\s+trở lên\b")


def floor_of_rise(low: str, number_start: int, clause_end: int) -> bool:
    """True when the percentage at `number_start` of lower-case `low` (its words: "từ"
    opens them) is closed by "trở lên" within its clause."""
    if "trở lên" not in low[number_start : min(clause_end, number_start + 60)]:
        return False
    start = max(0, number_start - 3)  # "từ" may stand before the percentage's own start
    at = low.find("từ", start, number_start + 2)
    return at >= 0 and _UP.match(low, at, clause_end) is not None


# A verb of change right before "từ" and the floored percentage.
_RISE_FROM: Final = re.compile(r"\b(?:tăng|giảm)(?:\s+thêm)?\s+từ\s*$")


def floored_rise_basis(
    low: str, upto: str, unit_end: int, extent_end: int
) -> tuple[str, int] | None:
    """The basis and its end after "tăng từ x% trở lên" (`upto` is the text before the
    number), when it names an earlier time; else None."""
    if "trở lên" not in low[unit_end:extent_end] or not _RISE_FROM.search(upto):
        return None
    after = read_basis_after(low, extent_end)
    if after is None or after[0].startswith(("năm trước", "năm liền trước")):
        return None
    return after if basis_of(after[0]) in ("previous", "same_period") else None
