"""The first item of a list of places is of its place too.

"Sa Pa vẫn là điểm đến hút khách nhất với 133.864 lượt, tiếp đến là Bắc Hà với 27.015
lượt", "Cụ thể, Đảng bộ TP. Tam Kỳ được giao 150 đảng viên mới; Hội An 110; Điện Bàn 150",
"triển khai trên 1.261 ha, lần lượt ở Tánh Linh 1.000 ha, Đức Linh 161 ha": the items after
the first are named by their places alone and take the first item's measure, for their
place ("lượt Bắc Hà", "giao đảng viên mới Hội An"). The first item says its place in its
own words, as the subject of its clause or right before its number, and is that measure
for that place as well, not the measure alone.

Only a place of two capitalised words at least, or a body's name ("Đảng bộ TP. Tam Kỳ"),
read at the head of the item's words (after "Cụ thể,", "Trong đó,", "riêng") or at their
end (after "ở", "tại", "là", before "ước", "đạt", "với"): a capital at the head of a
sentence ("Riêng lao động …") or a season ("vụ Hè Thu") names no place.

>>> place_of("Sa Pa vẫn là điểm đến hút khách nhất với")
'Sa Pa'
>>> place_of("Cụ thể, Đảng bộ TP. Tam Kỳ được giao")
'Đảng bộ TP. Tam Kỳ'
>>> place_of(", lần lượt ở Tánh Linh")
'Tánh Linh'
>>> place_of("Riêng lao động xuất khẩu theo hợp đồng đạt"), place_of("vụ Hè Thu toàn tỉnh gieo")
('', '')
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.lexicon import VIETNAMESE_UPPER

_CAPITAL: Final = rf"[{VIETNAMESE_UPPER}][^\W\d_]*\.?"
# A place: capitalised words (two at least), after the word of what kind of place or body
# it is, if any ("huyện", "TP.", "Đảng bộ").
_PLACE: Final = (
    r"(?:(?:Đảng bộ|Đảng ủy|Đảng uỷ|huyện|Huyện|xã|Xã|thị xã|Thị xã|thành phố|Thành phố|TP\.?"
    r"|tỉnh|Tỉnh|quận|Quận)\s+)?"
    rf"{_CAPITAL}(?:\s+{_CAPITAL})+"
)
# At the head of the item's words, after a marker of the list or of the part.
_AT_HEAD: Final = re.compile(
    r"^[\s,;:]*(?:(?:[Cc]ụ thể|[Tt]rong đó|[Rr]iêng|[Cc]òn|và|[Tt]iếp (?:đến|theo) là)\s*,?\s*)*"
    rf"(?P<place>{_PLACE})(?=\s+[^\W\d_{VIETNAMESE_UPPER}])"
)
# At their end, after a word that places it, before the item's own hedge or verb.
_AT_END: Final = re.compile(
    rf"(?:^|[\s,;:])(?:ở|tại|là)\s+(?P<place>{_PLACE})"
    r"(?:\s+(?:ước|đạt|với|khoảng|có))*\s*$"
)
# The whole of a list, said of all the places: no first item.
_WHOLE: Final = re.compile(r"\b(?:toàn|tổng|cả|các)\b", re.IGNORECASE)


def place_of(words: str) -> str:
    """The place the first item of a list names in its own `words`, or ""."""
    for pattern in (_AT_HEAD, _AT_END):
        found = pattern.search(words)
        if found is not None:
            place = found.group("place")
            return place
    return ""


def name_first_item(draft: Draft, named: str, sentence: list[Draft], norm: str) -> None:
    """Give the first item of `draft`'s list its place, when `draft` (named `named`) is a
    later item named by the list's measure and its place."""
    head = draft.head
    quantity = draft.quantity
    if not head or quantity is None or not named.startswith(head):
        return
    own = named[len(head) :].strip()
    if not own[:1].isupper():
        return  # not named by a place
    earlier = [
        d
        for d in sentence
        if d.anchor < draft.anchor
        and d.quantity is not None
        and d.quantity.unit.text == quantity.unit.text
    ]
    if not earlier:
        return
    first = earlier[-1]
    if first.indicator.strip() != head.strip() or first.quantity is None:
        return
    words = norm[first.item_start : first.quantity.lead_start]
    if _WHOLE.search(words):
        return
    place = place_of(words)
    if place and place not in first.indicator:
        first.indicator = f"{head.strip()} {place}"
