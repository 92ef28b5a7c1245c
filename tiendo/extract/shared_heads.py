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
# The verb and the bound words of an item, after its name: "dịch vụ tăng bình quân", and
# the adverbs that set the item beside the one before ("thủy sản chỉ tăng", "lâm nghiệp
# cũng tăng"): they belong to the verb, not to the item's name.
_ITEM_VERB: Final = re.compile(
    r"(?:\s+(?:tăng bình quân|tăng|giảm|bình quân|đạt|ước đạt|ước|chiếm|là|khoảng|trên|"
    r"dưới|gần|hơn|từ|còn|chỉ|cũng|vẫn|đều|lại))+\s*$"
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
    if not _listed_after(first, draft, low):
        return ""  # the item before belongs to another clause or a remark
    item = _ITEM_VERB.sub("", " ".join(norm[draft.item_start : draft.anchor].split()))
    item = _LAST_ITEM.sub("", item.strip(" ,"))  # "…, lâm nghiệp tăng 4,31% và nông nghiệp"
    if not _BARE.match(item) or _NOT_ITEM.search(item.lower()) or names_measure(item):
        return ""
    own = _ITEM_VERB.sub("", draft.indicator.lower())  # "chăn nuôi lại": the adverb goes
    if own not in (item.lower(), _CLASS.sub("", item.lower())):
        return ""  # another rule named it from more than its words
    # "công nghiệp chỉ tăng 6,4%, giá trị gia tăng ngành dịch vụ tăng 8,2%, xây dựng tăng
    # 8,9%": a list whose first item is a bare part names no measure once for all its
    # items; a measure one item names later is that item's own.
    opening = len(before) - 1
    while opening > 0 and _listed_after(before[opening - 1], before[opening], low):
        later = before[opening].anchor
        if _NOT_LISTED.search(low, low.rfind(",", 0, later), later):
            break  # "GRDP tăng 7%, trong đó …": the whole, then its parts' own list
        opening -= 1
    if opening < len(before) - 1 and not shared_head(before[opening].indicator, item):
        return ""
    return _same_class(first.indicator, item) or shared_head(first.indicator, item)


def _same_class(first: str, item: str) -> str:
    """'Tỷ lệ thất nghiệp khu vực thành thị' and 'khu vực nông thôn' give 'Tỷ lệ thất
    nghiệp khu vực nông thôn': an item named by the class noun the item before was
    named with takes the whole head that noun followed, or ""."""
    noun = _CLASS.match(item.lower())
    at = first.lower().find(f" {noun.group(0).strip()} ") if noun else -1
    return f"{first[:at]} {item}" if at > 0 and names_measure(first[:at].lower()) else ""


# "và" before the last item of a list, right after the rate before.
_LAST_ITEM: Final = re.compile(r"^và\s+")
_AND_AFTER_RATE: Final = re.compile(r"%\s*(?:so với[^,]*)?\s*và\s")
# What opens a part of the clause before, not a next item of its list.
_NOT_LISTED: Final = re.compile(r"\b(?:trong đó|riêng|còn|nhưng|song|ngược lại)\b")


def _listed_after(first: Draft, draft: Draft, low: str) -> bool:
    """True when `draft` is a rate listed after the rate `first`, a comma between them."""
    if first.in_paren or (first.quantity is not None and first.quantity.unit.text != "%"):
        return False
    gap = _NUMBER.sub("", low[first.anchor : draft.anchor])  # "3,5%" is no comma of a list
    return not any(mark in gap for mark in ";:.(") and (
        "," in gap or _AND_AFTER_RATE.search(gap) is not None
    )
