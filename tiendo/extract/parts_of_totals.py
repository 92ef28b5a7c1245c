"""A part out of a total written in words: "9 trong 11 nhóm hàng", "160 trong tổng số 178 xã".

Like "16/24 xã", the first number counts the things named after the total, and the total
is not a figure of its own. "Tỉnh là 1 trong 5 địa phương …" ranks a place among others:
after "là" (or with 1 as the part) the words rank, they do not count (mentions.py).
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.char_scans import after_blanks, has_word_at
from tiendo.extract.numbers import parse_number
from tiendo.extract.units import read_unit

_OUT_OF: Final = re.compile(
    r"[ \t]+trong[ \t]+(?:số[ \t]+)?(?:tổng[ \t]+số[ \t]+)?(\d[\d.]*)(?=[ \t]+[^\W\d_])"
)
# "là 1 trong 5", "đứng thứ 3 trong 63", "lọt vào nhóm 10 trong ...": a rank.
_RANK_BEFORE: Final = re.compile(r"(?:^|\s)(?:là|thứ|đứng|nằm|lọt|thuộc|top|nhóm|vào)\s*$")


def part_of_total(low: str, norm: str, first: int, last: int, end: int, value: float) -> int | None:
    """Where the counted noun after the total starts when the number at low[first:last]
    is a part of a total ("9 trong 11 nhóm hàng"), else None."""
    if value < 2:
        return None
    # _OUT_OF opens with blanks and "trong", which was looked for in eight characters
    opened = after_blanks(low, last, end)
    if opened == last or opened + 5 > last + 8 or not has_word_at(low, opened, "trong"):
        return None
    match = _OUT_OF.match(low, last, end)
    if match is None:
        return None
    total = parse_number(match.group(1))
    if total is None or total <= value:
        return None
    if _RANK_BEFORE.search(low, max(0, first - 12), first):
        return None
    unit = read_unit(low, match.end(), norm, year_like=True)
    if unit is None or unit.kind != "count":
        return None
    return match.end()
