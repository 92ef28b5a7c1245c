"""Items of a list named only by their part: "Kim ngạch xuất khẩu hàng dệt may đạt 320
triệu USD, giày dép 150 triệu USD, thủy sản 95 triệu USD" gives the export value of
footwear and of seafood, not "giày dép" and "thủy sản".

The first item names the measure and its part; every later item in the same unit with
no verb and no measure of its own names only a part, and shares the head of the item
before it (named in full in its turn).

>>> headed("Kim ngạch xuất khẩu hàng dệt may", "giày dép")
'Kim ngạch xuất khẩu hàng giày dép'
>>> headed("Giá trị sản xuất ngành nông nghiệp", "lâm nghiệp")
'Giá trị sản xuất ngành lâm nghiệp'
>>> headed("Tổng đàn trâu", "bò"), headed("Thu ngân sách", "Định Quán")
('Tổng đàn bò', '')
"""

from __future__ import annotations

import re

from tiendo.extract.breakdowns import names_measure
from tiendo.extract.clauses import Draft
from tiendo.extract.level_lists import item_name

# A bare item: a few lower-case words, no number, no verb, no word of a time or a place.
_BARE_ITEM = re.compile(r"^[^\W\d_A-ZĐ][^\W\d_]*(?: [^\W\d_]+){0,3}$")
_NOT_BARE = re.compile(
    r"\b(?:đạt|là|có|tăng|giảm|còn|được|chiếm|bằng|với|trong|của|năm|tháng|quý|huyện|tỉnh"
    r"|xã|thành phố|toàn|khoảng|trên|dưới|gần|hơn|và|ước|dự kiến)\b"
)


def headed(first: str, item: str) -> str:
    """`item` with the head that `first` (the list's first item, in full) names, or ""."""
    name = item_name(first, item)
    if not name or not first.lower().endswith(name.lower()) or item[:1].isupper():
        return ""
    head = first[: len(first) - len(name)].strip()
    if not head or not names_measure(head.lower()):
        return ""
    return f"{head} {item}"


def sibling_headed(draft: Draft, earlier: list[Draft], low: str, norm: str) -> str:
    """The name of a bare item listed after a figure of the same unit in its sentence, or
    "" when the figure is no such item."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.kind == "percent" or draft.carried or draft.named:
        return ""
    if draft.respective is not None or names_measure(draft.indicator.lower()):
        return ""
    item = " ".join(norm[draft.item_start : draft.anchor].split()).strip(" ,;:")
    if not _BARE_ITEM.match(item) or not item.islower() or _NOT_BARE.search(item):
        return ""
    before = [
        d
        for d in earlier
        if d.anchor < draft.anchor
        and d.quantity is not None
        and d.quantity.unit.text == quantity.unit.text
        and d.sentence == draft.sentence
    ]
    if not before or ":" in low[before[-1].anchor : draft.item_start]:
        return ""  # a colon after the item before opens a breakdown of its own
    return headed(before[-1].indicator, item)


# Verbs that name a measure by its first word: "thu ngân sách", "chi ngân sách".
_MEASURE_VERBS = ("thu", "chi", "giải ngân", "huy động", "xuất khẩu", "nhập khẩu")


def repeated_verb(indicator: str, earlier: Draft | None) -> str:
    """'Năm 2023, thu ngân sách đạt 4.500 tỷ đồng. Năm 2022 thu được 4.100 tỷ đồng': a bare
    verb that opens the measure named just before, in the same unit, is that measure.

    >>> repeated_verb("thu", None)
    ''
    """
    if earlier is None or earlier.quantity is None or indicator.lower() not in _MEASURE_VERBS:
        return ""
    named = earlier.indicator
    return named if named.lower().startswith(indicator.lower() + " ") else ""
