"""Words before a share that the figure before it already took into its name.

"26 sản phẩm OCOP đạt 4 sao, chiếm 41,26% sản phẩm cấp tỉnh": the level "4 sao" after the
count is part of what it counts ("sản phẩm đạt 4 sao"), so the stretch before "chiếm" holds
no subject of its own: the share is of what was just counted, as in "12 trường đạt chuẩn,
chiếm 60% số trường", not of the whole named after the percentage. A number and a word or
two alone ("4 sao") are such a level whether or not the name before took them.

>>> share_of_named("4 sao, chiếm ", "sản phẩm đạt 4 sao")
True
>>> share_of_named("4 sao, chiếm ", "sản phẩm đạt")
True
>>> share_of_named("dịch vụ, chiếm ", "sản phẩm đạt 4 sao")
False
>>> share_of_named("4 sao, tăng ", "sản phẩm đạt 4 sao")
False
"""

from __future__ import annotations

import re
from typing import Final

# A level alone: a number, then a word or two ("4 sao", "3 hạng").
_LEVEL: Final = re.compile(r"\d[\d.,]*\s+[^\W\d_]+(?:\s+[^\W\d_]+)?")
# The stretch after the last comma: only "chiếm" (and a bound) before the percentage.
_TAKES: Final = re.compile(r"\s*(?:và\s+)?chiếm(?:\s+(?:khoảng|gần|hơn|trên))?\s*$")


def share_of_named(pre_lower: str, last_named: str) -> bool:
    """True when lower-case `pre_lower`, the words before a share, is a stretch that
    `last_named` (the name of the figure before) ends with, a comma, then "chiếm"."""
    comma = pre_lower.rfind(",")
    if comma <= 0 or not last_named or _TAKES.match(pre_lower, comma + 1) is None:
        return False
    taken = " ".join(pre_lower[:comma].split())
    if not taken:
        return False
    return last_named.lower().endswith(f" {taken}") or _LEVEL.fullmatch(taken) is not None
