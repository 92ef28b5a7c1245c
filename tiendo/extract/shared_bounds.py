"""A rough bound said once before a list of amounts holds for each amount of the list.

"Thu nhập bình quân khoảng 20 - 25 triệu đồng/tháng tại Đài Loan, 30 - 35 triệu
đồng/tháng tại Hàn Quốc và 35 - 40 triệu đồng/tháng tại Nhật Bản", "(khoảng 6 triệu lượt
nội địa và 3 triệu lượt quốc tế)", "lần lượt đạt khoảng 1,3 nghìn tỷ đồng và 8,96 nghìn tỷ
đồng": "khoảng" rounds the list, so every amount of it is about. "hơn", "trên" and "gần"
compare the one number they stand before ("hơn 4,2 nghìn ha ứng dụng công nghệ cao, 1,8
nghìn ha hữu cơ" gives the second exactly), and an item with a verb of its own ("...,
dịch vụ tăng 4%") or a bound of its own states its own. After "lần lượt" they bound the whole
list the words set out item by item: "lần lượt đạt trên 377 tỷ đồng, 2.664 tỷ đồng và 707
tỷ đồng" is over each of the three.

>>> between_items(" tại đài loan, "), between_items(" và "), between_items(", dịch vụ tăng ")
(True, True, False)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from tiendo.extract.quantities import Quantity

# What stands between two amounts of one list: the first one's words (a place, what is
# counted), then a comma or "và", and at most an opening parenthesis.
_BETWEEN: Final = re.compile(r"(?:\s+[^\W\d_]+){0,6}\s*(?:,|\bvà\b|\bhoặc\b)\s*")
# "lần lượt đạt trên ", "lần lượt là hơn ": the bound word opens a list read item by item.
_RESPECTIVE_BOUND: Final = re.compile(
    r"\blần lượt(?:\s+(?:ước\s+)?(?:đạt được|đạt|là|có|được))?\s+(?:trên|hơn|gần|khoảng|dưới)\s*$"
)
_RESPECTIVE_REACH: Final = 40  # characters from "lần lượt" to the list's first number
# A word that opens a predicate of its own: the next amount is no item of the rounded list.
_VERB: Final = re.compile(
    r"\b(?:tăng|giảm|đạt|là|chiếm|có|đón|thu|chi|bằng|vượt|còn|được|đã|lên|xuống|với)\b"
)


def between_items(text: str) -> bool:
    """True when `text` (lower-case, between two amounts) only closes the first item of a
    list and opens the next."""
    return _BETWEEN.fullmatch(text) is not None and _VERB.search(text) is None


def share_rough_bounds(low: str, found: list[Quantity]) -> None:
    """Give "about" to each amount of a list whose first amount "khoảng" rounds, in the
    same unit, with no bound of its own, and the first amount's bound to each amount of a
    list "lần lượt" opens (in place)."""
    rounded: Quantity | None = None
    for quantity in found:
        if (
            rounded is not None
            and quantity.bound is None
            and quantity.lead_start == quantity.start
            and quantity.unit.kind != "percent"
            and quantity.unit.text == rounded.unit.text
            and between_items(low[rounded.extent_end : quantity.start])
        ):
            quantity.bound = rounded.bound
            rounded = quantity  # the list goes on: "…, 30 - 35 … và 35 - 40 …"
            continue
        rounded = (
            quantity
            if (quantity.bound == "about" and low.startswith("khoảng", quantity.lead_start))
            or (
                quantity.bound is not None
                and quantity.unit.kind != "percent"
                and _RESPECTIVE_BOUND.search(
                    low, max(0, quantity.start - _RESPECTIVE_REACH), quantity.start
                )
                is not None
            )
            else None
        )
