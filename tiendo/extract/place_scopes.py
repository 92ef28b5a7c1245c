"""A count of places that only says where: "trên địa bàn 8 tỉnh", "công an 8 tỉnh".

A number of provinces, districts or communes written right after the noun of an area or of
the body that acts there ("địa bàn", "công an", "cụm thi đua") names the scope of what the
clause counts next ("trên địa bàn 8 tỉnh xảy ra 3.422 vụ", "công an 8 tỉnh bắt quả tang
2.842 vụ", "Cụm thi đua 9 huyện, thị xã"); it is no figure of its own. A count after a verb
("có 8 huyện đạt chuẩn", "công nhận thêm 5 xã") is one.
"""

from __future__ import annotations

import re
from typing import Final

_SCOPE_BEFORE: Final = re.compile(r"\b(?:địa bàn|công an|cụm thi đua|lực lượng công an)\s+$")
# "Trong 10 địa phương giảm nghèo nhanh nhất, ...": the places a ranking picks out, named
# by their superlative before the clause's comma; the count is a frame, not a figure.
_AMONG_BEFORE: Final = re.compile(r"(?<![^\W\d_])trong\s+(?:số\s+)?$")
_SUPERLATIVE_AFTER: Final = re.compile(r"[^,;:.()\d]{1,70}?\bnhất\b")
_PLACES: Final = frozenset(
    {"tỉnh", "huyện", "xã", "thành phố", "thị xã", "quận", "phường", "địa phương"}
)


def place_scope(low: str, floor: int, first: int, unit: str) -> bool:
    """True when the count at `first`, of places (`unit`), names the scope of the clause."""
    if unit.split(",")[0].strip() not in _PLACES:
        return False
    if _AMONG_BEFORE.search(low, max(floor, first - 12), first):
        digits = low.find(" ", first)
        return digits >= 0 and _SUPERLATIVE_AFTER.match(low, digits) is not None
    return _SCOPE_BEFORE.search(low, max(floor, first - 25), first) is not None
