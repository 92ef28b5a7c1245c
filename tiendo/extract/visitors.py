"""Visitors received: "Khánh Hòa đón 520.000 lượt khách" counts tourists.

The verb that receives them ("đón", "đón tiếp", "phục vụ") says how the count came about,
not what is counted, so it leaves the name; a bare "lượt khách" after it is the count of
tourists, which reports name "lượt khách du lịch".

A place set apart ("riêng Phú Quốc đón …") is where the visitors came: "lượt khách đến
Phú Quốc".

A provider that serves them ("các cơ sở lưu trú phục vụ …", "cơ sở lữ hành phục vụ …") is
no place they came to: it tells one count of visitors from another (those who stayed from
those on tours), so the name keeps it, as the statistics office reports word it: "lượt
khách do cơ sở lưu trú phục vụ".

>>> visitors_named("đón lượt khách", "toàn tỉnh đón ")
'lượt khách du lịch'
>>> visitors_named("đón lượt khách", "riêng TP Phú Quốc ước đón ")
'lượt khách đến TP Phú Quốc'
>>> visitors_named("đón lượt khách tham quan", "")
'lượt khách tham quan'
>>> visitors_named("đón lượt khách Lào Cai", "Hà Giang đón 200.000 lượt khách, Lào Cai ")
'lượt khách du lịch đến Lào Cai'
>>> visitors_named("doanh thu du lịch", "")
'doanh thu du lịch'
>>> visitors_named("phục vụ lượt khách", "các cơ sở lưu trú tại TP.Đà Nẵng ước phục vụ ")
'lượt khách do các cơ sở lưu trú phục vụ'
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.lexicon import VIETNAMESE_UPPER
from tiendo.extract.name_case import lower_name
from tiendo.extract.visited_places import visited

_RECEIVED: Final = re.compile(
    r"(?:^|\s)(?:ước\s+)?(?:đón tiếp|đón|phục vụ)\s+(lượt (?:du )?khách\b.*)$"
)

# "riêng Phú Quốc ước đón", "Riêng huyện đảo Phú Quốc đón": the place, then the verb.
_SET_APART: Final = re.compile(
    r"\b[Rr]iêng\s+([^\W\d_][^,;:()\d]{1,40}?)\s+(?:ước\s+)?(?:đón tiếp|đón|phục vụ)\s*$"
)

# "lượt khách Lào Cai": a later list item, the count with its place's name after it.
_LISTED_PLACE: Final = re.compile(
    rf"^lượt khách ((?:TP\.? |huyện |tỉnh )?[{VIETNAMESE_UPPER}]\S*(?: [{VIETNAMESE_UPPER}]\S*)+)$"
)

# "các cơ sở lưu trú (tại TP.Đà Nẵng) ước phục vụ": the provider, then (after its place) the
# verb right before the number.
_PROVIDER: Final = re.compile(
    r"(?:^|\s)((?:các\s+)?(?:cơ sở|đơn vị|doanh nghiệp)(?:\s+kinh doanh)?\s+(?:lưu trú|lữ hành)"
    r"(?:\s+du lịch)?)(?:\s+(?:tại|trên|trong|ở|của)\b[^,;:()]{0,40}?)?"
    r"\s+(?:(?:ước|đã|dự kiến|cũng)\s+)*(?:đón và phục vụ|phục vụ)"
    r"(?:\s+(?:khoảng|hơn|trên|gần|chừng|xấp xỉ))?\s*$",
    re.IGNORECASE,
)

_WHEN: Final = re.compile(r"\s+trong (?:tháng|quý|năm|kỳ)\b.*$")


def visitors_named(indicator: str, before: str) -> str:
    """`indicator` without the verb that received the visitors it counts; `before` is the
    clause's text up to the number, as written."""
    if "lượt" not in indicator:
        return indicator
    match = _RECEIVED.search(indicator)  # the subject before the verb goes too
    if match is None:
        return indicator
    counted = _WHEN.sub("", match.group(1))  # "lượt khách trong tháng": when, not what
    provider = _PROVIDER.search(before) if "phục vụ" in before else None
    if provider is not None:
        return f"{counted} do {lower_name(provider.group(1))} phục vụ"
    place = _SET_APART.search(before)
    if place is not None and counted == "lượt khách":
        return f"{counted} đến {place.group(1)}"
    listed = _LISTED_PLACE.match(counted)
    if listed is not None:
        # "Hà Giang đón 200.000 lượt khách, Lào Cai 500.000 lượt khách": the later item is
        # the visitors its own place received, as the first is of the first place.
        return f"lượt khách du lịch đến {listed.group(1)}"
    return visited(before) if counted == "lượt khách" else counted  # "Lâm Đồng đón …"
