"""A list after a rise's heading whose first item states its own verb: "…, dịch vụ tăng
khá: nông nghiệp chiếm gần 40%; công nghiệp và xây dựng hơn 16%; dịch vụ gần 44%".

The heading before the colon says why the list is given; when the list's first item says
what its number is ("chiếm", "còn", "là", "bằng"), the bare items after it share that verb,
as items of one list do, and are shares, not rises on the heading's basis.

>>> low = "tăng khá: nông nghiệp chiếm 40%; dịch vụ 44%"
>>> first_item_states_level(low, low.index(":"), low.index("44"))
True
>>> low = "tăng: lương thực (chiếm 31,1%) 8,8%; may mặc (5,2%) 7,1%"
>>> first_item_states_level(low, low.index(":"), low.index("7,1"))
False
>>> low = "tăng so với cùng kỳ: xi măng 12%, thép 8,5%"
>>> first_item_states_level(low, low.index(":"), low.index("8,5"))
False
"""

from __future__ import annotations

import re
from typing import Final

# The first item's words up to its number; a verb in parentheses ("lương thực (chiếm
# 31,1%) 8,8%") is a remark on the item's weight, not the list's verb.
_FIRST_ITEM: Final = re.compile(r"[^\d;(]*?(?=\d)")
_LEVEL_VERB: Final = re.compile(r"\b(?:chiếm|còn|là|bằng|tỷ trọng|tỉ trọng)\b")


def first_item_states_level(low: str, colon: int, number: int) -> bool:
    """True when the first item after `colon`, before the item whose number is at `number`,
    names its number with a verb of a level or a share."""
    first = _FIRST_ITEM.match(low, colon + 1, number)
    return first is not None and _LEVEL_VERB.search(first.group()) is not None
