"""A place or a group ranked first or last: the ranking is no part of the name.

"... cao nhất thuộc về vùng Tây Bắc với 39,4%", "Nhật Bản tiếp tục là thị trường tiếp
nhận lớn nhất với 53.610 lao động", "còn Hải Hậu cho sản lượng cao nhất, 77.380 tấn": the
words "cao nhất", "lớn nhất" say where the figure ranks; the figure is the measure the
passage is listing (a rate named before, the measure the ranking names, or what the unit
counts), of the one ranked ("tỷ lệ hộ nghèo vùng Tây Bắc", "lao động Nhật Bản", "sản lượng
Hải Hậu").

>>> ranked_one("cao nhất thuộc về vùng Tây Bắc với ")
'vùng Tây Bắc'
>>> ranked_one("Nhật Bản tiếp tục là thị trường tiếp nhận lớn nhất với ")
'Nhật Bản'
>>> ranked_one("còn Hải Hậu cho sản lượng cao nhất, ")
'Hải Hậu'
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.said_names import SaidNames

# "cao nhất", "lớn nhất", with the field it ranks in ("cao nhất cả nước").
_SUPERLATIVE: Final = (
    r"(?:(?:cao|thấp|lớn|nhỏ|nhiều|ít|nhanh|mạnh)|(?:nhiều|ít)\s+[^\W\d_][^,;:]{0,30}?)\s+nhất"
    r"(?:\s+(?:cả nước|toàn quốc|toàn tỉnh|trong tỉnh|khu vực))?"
)
# "... lớn nhất, đạt 800 triệu USD", "... cao nhất, ước đạt ...": the verb that gives the
# ranked one's figure after the comma.
_REACHED: Final = r"(?:\s*(?:ước\s+)?(?:đạt|là|chiếm|với))?"
# "<superlative> thuộc về / là <X> với": the one ranked after the ranking.
_AFTER: Final = re.compile(
    rf"{_SUPERLATIVE}\s+(?:thuộc về|là)\s+(?P<x>[^,;:]+?)\s*(?:với|,|:)?{_REACHED}\s*$",
    re.IGNORECASE,
)
# "<X> (vẫn|tiếp tục) là / cho / có ... <superlative>": the one ranked before it.
_BEFORE: Final = re.compile(
    rf"^(?:.*[,;:]\s*)?(?:còn\s+|và\s+)?(?P<x>[^,;:]+?)\s+(?:vẫn\s+|tiếp tục\s+|cũng\s+)?"
    rf"(?:(?:là|cho|có|đạt)\s+[^,;:]*?)?{_SUPERLATIVE}\s*(?:với|,|:)?{_REACHED}\s*$",
    re.IGNORECASE,
)
# The measure the ranking names itself: "cho sản lượng cao nhất".
_OWN_MEASURE: Final = re.compile(
    r"(?:cho|có)\s+(?P<m>(?:sản lượng|năng suất|diện tích|giá trị|doanh thu|kim ngạch)"
    # "có giá trị xuất khẩu lớn nhất": the measure with the words that say of what.
    r"(?:\s+(?!(?:cao|thấp|lớn|nhỏ|nhiều|ít)\b)[^\W\d_]+){0,2}"
    r"|(?:tỷ|tỉ) lệ[^,;]*?|độ [^,;]*?)"
    rf"\s+{_SUPERLATIVE}",
    re.IGNORECASE,
)
# "có nhiều đảng viên được nhận nhất": what the ranking counts is the measure.
_COUNTED_MOST: Final = re.compile(
    r"\bcó\s+nhiều\s+(?P<m>[^\W\d_][^,;:]{0,30}?)\s+nhất\b", re.IGNORECASE
)
_PLACE_WORDS: Final = ("vùng ", "huyện ", "tỉnh ", "xã ", "thành phố ", "thị xã ", "quận ")
_RATE: Final = re.compile(r"^(?:tỷ|tỉ) (?:lệ|trọng)\s", re.IGNORECASE)
_SCOPE: Final = re.compile(
    r"\s+(?:của\s+)?(?:cả nước|toàn quốc|toàn tỉnh|của tỉnh)$", re.IGNORECASE
)
_LOOK_BACK: Final = 30
_GOODS_ROLE: Final = re.compile(
    r"\slà\s+(?:nhóm hàng|mặt hàng|ngành hàng|sản phẩm)\b", re.IGNORECASE
)
# "<X> là nhà đầu tư lớn nhất với": the role the one ranked holds.
_ROLE: Final = re.compile(
    rf"\slà\s+(?P<r>(?:nhà|nước|quốc gia|thị trường|đối tác)(?:\s+[^\W\d_]+){{0,2}}?)"
    rf"\s+{_SUPERLATIVE}",
    re.IGNORECASE,
)


def ranked_one(words: str) -> str:
    """The place or group a superlative ranks, in `words` before the number, or ""."""
    found = _AFTER.search(words) or _BEFORE.match(words)
    if found is None:
        return ""
    one = " ".join(found.group("x").split())
    # "điện thoại và linh kiện là nhóm hàng có ... lớn nhất": a group of goods, ranked.
    goods = found.re is _BEFORE and _GOODS_ROLE.search(words) is not None
    if not one[:1].isupper() and not one.lower().startswith(_PLACE_WORDS) and not goods:
        return ""
    return one if len(one.split()) <= 8 else ""


def counted_most(words: str) -> str:
    """What a ranking "có nhiều … nhất" counts ("đảng viên được nhận"), or ""."""
    found = _COUNTED_MOST.search(words) if "nhiều" in words else None
    return found.group("m") if found is not None else ""


def superlative(draft: Draft, named: str, said: SaidNames, norm: str) -> str:
    """'tỷ lệ hộ nghèo vùng Tây Bắc' for a figure named by its ranking, or ''."""
    quantity = draft.quantity
    if quantity is None or "nhất" not in named:  # the cheap test first
        return ""
    words = norm[draft.item_start : quantity.lead_start]
    one = ranked_one(words)
    if not one:
        return ""
    own = _OWN_MEASURE.search(words)
    measure = own.group("m") if own else ""
    unit = quantity.unit
    for name in reversed(said.names[-_LOOK_BACK:]) if not measure else ():
        lowered = name.lower()
        if unit.text == "%" and _RATE.match(name) and not name.split()[-1][:1].isupper():
            measure = _SCOPE.sub("", name)
            break
        if unit.kind == "count" and lowered.startswith(unit.text.lower() + " "):
            measure = name
            break
    if not measure and unit.kind == "count":
        measure = unit.text
    if not measure and (role := _ROLE.search(words)):
        measure = role.group("r")  # "Nhật Bản là nhà đầu tư lớn nhất với": its role
    return f"{measure} {one}" if measure else ""
