"""The name of one item's share in a list of shares.

"công nghiệp - xây dựng chiếm 28,51% GRDP, nông - lâm - thủy sản 24,84%": each
percentage is the share (tỷ trọng) of its item in the whole named after the first one.

>>> share_of_whole("Công nghiệp - xây dựng", "GRDP")
'tỷ trọng công nghiệp - xây dựng trong GRDP'
>>> share_of_whole("tỷ lệ hộ nghèo", "GRDP")
'tỷ lệ hộ nghèo'
"""

from __future__ import annotations

import re
from typing import Final

# A name that is already a rate or a structure keeps its own words.
_RATE_NAMED: Final = re.compile(r"(?:tỷ|tỉ) (?:lệ|trọng)\b|cơ cấu\b")


def share_of_whole(indicator: str, whole: str) -> str:
    """`indicator` named as its share of `whole` (if any), unless it already names a rate."""
    if not indicator or _RATE_NAMED.match(indicator.lower()):
        return indicator
    if indicator[1:2].islower():
        indicator = indicator[:1].lower() + indicator[1:]  # "Giá trị ..." inside a name
    named = f"tỷ trọng {indicator}"
    if whole.endswith(" và"):
        whole = whole[:-3]  # "chiếm tới 95,58% cơ cấu và tăng …": "và" opens the next predicate
    return f"{named} trong {whole}" if whole and whole.lower() not in named.lower() else named
