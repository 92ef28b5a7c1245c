"""A list by place under a heading that names the breakdown, not the measure.

"... xảy ra 07 vụ tai nạn giao thông. Theo địa bàn: Đăk Hà 03 vụ, TP Kon Tum 02 vụ";
"... năng suất ước đạt 65 tạ/ha. Về diện tích và năng suất của từng địa phương: TP Tuy Hòa
2.016 ha, 70,8 tạ/ha": the heading says how the figures before it are broken down (by
place), and names nothing measured. Each item is the measure the sentence before gave in
its unit, at the place the item names ("số vụ tai nạn giao thông Đăk Hà"); an amount of
an item with no words of its own is at the place named just before it.
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft

_HEADING: Final = re.compile(
    r"^\W*(?:theo|về|phân theo|chia theo|xét theo)\b[^:;.]{0,60}"
    r"\b(?:địa bàn|địa phương|đơn vị hành chính|huyện|xã|quận|phường|tỉnh|vùng)\W*$",
    re.IGNORECASE,
)
_ITEM_LEAD: Final = re.compile(r"^[\s,;:]*(?:và\s+)?")
_PLACE_KIND: Final = re.compile(r"^(?:thị xã|thành phố|thị trấn|huyện|quận|xã|phường)\s+")
_LONGEST_PLACE: Final = 8
_LONGEST_HEADING: Final = 80


def placed_item(draft: Draft, sentence: list[Draft], previous: list[Draft], norm: str) -> str:
    """'số vụ tai nạn giao thông Đăk Hà' for 'Đăk Hà 03 vụ' under 'Theo địa bàn:', or ''."""
    quantity = draft.quantity
    if quantity is None or not sentence or not previous:
        return ""
    # The heading may stand as a sentence of its own, before the list's.
    floor = max(0, sentence[0].clause_start - _LONGEST_HEADING)
    colon = norm.rfind(":", floor, draft.anchor)
    if colon < 0:  # the cheap test first
        return ""
    start = max(norm.rfind(". ", floor, colon) + 1, norm.rfind("\n", floor, colon) + 1, floor)
    if not _HEADING.match(norm[start:colon]):
        return ""
    unit = quantity.unit.text
    measure = next(
        (d.indicator for d in reversed(previous) if d.quantity and d.quantity.unit.text == unit),
        "",
    )
    if not measure:
        return ""
    place = _own_place(draft, norm, colon)
    if not place:
        item = next((d for d in reversed(sentence) if colon < d.anchor < draft.anchor), None)
        place = _own_place(item, norm, colon) if item is not None else ""
    return f"{measure} {place}" if place else ""


def _own_place(draft: Draft, norm: str, colon: int) -> str:
    """The words an item opens with before its number, when they may be a place."""
    quantity = draft.quantity
    if quantity is None:
        return ""
    words = norm[max(draft.item_start, colon + 1) : quantity.lead_start]
    lead = _ITEM_LEAD.match(words)
    place = " ".join((words[lead.end() :] if lead else words).split()).strip(" ,;")
    named = place
    if (kind := _PLACE_KIND.match(place)) is not None:
        named = place[kind.end() :]  # "thị xã Sông Cầu": the name after its kind
    if not named[:1].isupper() or len(place.split()) > _LONGEST_PLACE:
        return ""
    return place if not any(ch.isdigit() for ch in place) else ""
