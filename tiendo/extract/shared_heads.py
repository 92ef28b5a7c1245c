"""Rates listed after a first one that names the measure: the later items share its head.

"Giá trị sản xuất công nghiệp tăng 12%, nông nghiệp tăng 4%": the second item names
only its sector; the measure ("giá trị sản xuất") was named once, at the head of the
list, so the item is "giá trị sản xuất nông nghiệp". A class noun alone ("khu vực nông,
lâm và thủy sản tăng 5%, dịch vụ tăng 11%") names no measure and is not carried over.

>>> shared_head("Giá trị tăng thêm ngành công nghiệp tăng bình quân", "ngành nông nghiệp")
'Giá trị tăng thêm ngành nông nghiệp'
>>> shared_head("khu vực nông, lâm và thủy sản", "dịch vụ")  # a class noun is no measure
''
>>> shared_head("thu ngân sách", "chi ngân sách")
''
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.breakdowns import names_measure
from tiendo.extract.clauses import Draft

_HEAD: Final = re.compile(
    r"(?P<head>(?:tốc độ tăng(?: trưởng)?\s+)?(?:giá trị sản xuất|giá trị tăng thêm|giá trị|"
    r"chỉ số sản xuất|kim ngạch xuất khẩu|kim ngạch nhập khẩu|doanh thu|sản lượng|"
    r"(?:tỷ|tỉ) (?:trọng|lệ)|tốc độ tăng trưởng|tốc độ tăng)\s+)?"
    r"(?P<class>(?:ngành|khu vực|lĩnh vực)\s+)?(?=\S)",
    re.IGNORECASE,
)
# The verb and the bound words of an item, after its name: "dịch vụ tăng bình quân".
_ITEM_VERB: Final = re.compile(
    r"(?:\s+(?:tăng bình quân|tăng|giảm|bình quân|đạt|ước đạt|ước|chiếm|là|khoảng|trên|"
    r"dưới|gần|hơn|từ|còn))+\s*$"
)
_CLASS: Final = re.compile(r"^(?:ngành|khu vực|lĩnh vực)\s+")
_NUMBER: Final = re.compile(r"\d[\d.,]*\d|\d")
# A bare item: lower-case words, commas and dashes, no number.
_BARE: Final = re.compile(r"^[^\W\d_A-ZĐ][^\W\d_]*(?:(?:,| -| –)? [^\W\d_]+){0,7}$")
# Words that make the stretch more than an item's name: a time, a basis, a place, a
# verb of its own, or a marker that some other rule reads.
_NOT_ITEM: Final = re.compile(
    r"\b(?:năm|tháng|quý|kỳ|giai đoạn|so|mức|riêng|trong|cao|thấp|nhất|toàn|huyện|tỉnh|xã|"
    r"thành phố|của|với|được|có|đã|sẽ|và|hoặc|như|gồm|cụ thể|chỉ tiêu|kế hoạch|dự toán)\b"
)


def shared_head(first: str, item: str) -> str:
    """`item` under the head that `first` (the list's first name) opens with, or ""."""
    found = _HEAD.match(first)
    if found is None or not found.group("head"):
        return ""
    head, noun = (found.group("head") or "").strip(), (found.group("class") or "").strip()
    lowered = item.lower()
    if noun and not lowered.startswith(noun.lower()):
        item = f"{noun} {item}"  # "ngành công nghiệp ..., dịch vụ ...": "ngành dịch vụ"
    return f"{head} {item}".strip()


def headed_rate(draft: Draft, earlier: list[Draft], low: str, norm: str) -> str:
    """The name of a bare rate listed right after a rate whose name heads the list, or ""."""
    quantity = draft.quantity
    if (quantity is not None and quantity.unit.text != "%") or draft.carried or draft.named:
        return ""
    before = [d for d in earlier if d.anchor < draft.anchor and d.sentence == draft.sentence]
    if not before or draft.in_paren:
        return ""
    first = before[-1]
    if first.quantity is not None and first.quantity.unit.text != "%":
        return ""
    gap = _NUMBER.sub("", low[first.anchor : draft.anchor])  # "3,5%" is no comma of a list
    if any(mark in gap for mark in ";:.(") or "," not in gap or first.in_paren:
        return ""  # the item before belongs to another clause or a remark
    item = _ITEM_VERB.sub("", " ".join(norm[draft.item_start : draft.anchor].split()))
    item = item.strip(" ,")
    if not _BARE.match(item) or _NOT_ITEM.search(item.lower()) or names_measure(item):
        return ""
    if draft.indicator.lower() not in (item.lower(), _CLASS.sub("", item.lower())):
        return ""  # another rule named it from more than its words
    return shared_head(first.indicator, item)
