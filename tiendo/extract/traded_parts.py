"""A list whose first item names its goods before the trade verb ("rau quả xuất khẩu đạt
5,69 tỷ USD; gạo 4,78 tỷ USD; cà phê 4,18 tỷ USD") gives each later bare item the same
measure: the goods come first, so the item replaces them, not the verb at the end.

>>> traded_item("kim ngạch rau quả xuất khẩu", "gạo")
'kim ngạch xuất khẩu gạo'
>>> traded_item("Dệt may, da giày xuất khẩu", "túi xách")
'xuất khẩu túi xách'
>>> traded_item("kim ngạch xuất khẩu hàng dệt may", "giày dép")
''
"""

from __future__ import annotations

import re
from typing import Final

# The trade verbs that name a measure after the goods they are of.
_TRADED: Final = re.compile(r"^(.*?)\s*\b(xuất khẩu|nhập khẩu)$", re.IGNORECASE)
# The head a value or an amount of goods carries before them ("kim ngạch rau quả ...").
_HEAD: Final = re.compile(
    r"^(?:tổng\s+)?(?:kim ngạch|giá trị|trị giá|sản lượng|khối lượng)\b", re.I
)


def traded_item(first: str, item: str) -> str:
    """The name of `item` listed after `first`, whose goods stand before its trade verb,
    or "" when `first` names its goods after the verb (the common order)."""
    found = _TRADED.match(first)
    if found is None or not found.group(1):
        return ""
    head = _HEAD.match(found.group(1))
    goods = found.group(1)[head.end() if head else 0 :].strip(" ,")
    if not goods:
        return ""  # "kim ngạch xuất khẩu": no goods to replace
    opening = f"{head.group()} " if head else ""
    return f"{opening}{found.group(2)} {item}"
