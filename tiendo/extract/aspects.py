"""A second rate of the same subject in another aspect: "Xuất khẩu gạo đạt 125.000 tấn,
tăng 12% về lượng và tăng 18% về giá trị" gives the rise in tonnage to the tonnage and
the rise in value to the value of rice exports, a figure of its own.

The words between the two rates ("về lượng và tăng") name only the first rate's aspect;
the second is the same subject measured in the aspect written after it.

>>> low = "kim ngạch xuất khẩu thủy sản tăng 12% về giá trị và tăng 5% về lượng"
>>> _aspect_of_rise(low, low.index("5%"), "về giá trị", "Kim ngạch xuất khẩu thủy sản")
'lượng xuất khẩu thủy sản'
>>> _aspect_of_rise(low, low.index("12%"), "Kim ngạch xuất khẩu thủy sản", "")
''
>>> low = "hàng hóa vận chuyển tăng 8,5% về tấn và tăng 9,2% về tấn.km"
>>> _aspect_of_rise(low, low.index("9,2%"), "về tấn", "Hàng hóa vận chuyển")
'Hàng hóa luân chuyển'

Courts and judgment enforcement give a rate of what they settled in each thing counted:
"đạt tỷ lệ 97,8% về số vụ và 94,5% về số bị cáo", "đạt tỷ lệ hơn 66% về việc và trên 25%
về tiền". The second rate is the first one's, in the thing written after it.

>>> low = "đạt tỷ lệ hơn 66% về việc và trên 25% về tiền"
>>> _rate_in_own_item(low, low.index("25%"), "về việc", "tỷ lệ thi hành xong việc")
'tỷ lệ thi hành xong việc về tiền'
>>> _rate_in_own_item(low, low.index("25%"), "về việc", "thi hành xong việc")
''
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from tiendo.extract.transport_work import as_work

if TYPE_CHECKING:
    from tiendo.extract.clauses import Draft

_ASPECTS: Final = r"(?:giá trị|kim ngạch|trị giá|khối lượng|sản lượng|số lượng|lượng)"
# The aspect written right after a rate: "18% về giá trị".
_OWN: Final = re.compile(r"[\d.,]+\s*%[ \t]*về[ \t]+(" + _ASPECTS + r")\b")
# A name that is nothing but an aspect: the earlier rate's "về lượng".
_ONLY_ASPECT: Final = re.compile(r"^\W*(?:về\s+)?" + _ASPECTS + r"(?:\s+và)?\W*$")
# The measure a subject opens with, replaced by the aspect.
_MEASURE: Final = re.compile(r"^(?:tổng\s+)?" + _ASPECTS + r"\s+", re.IGNORECASE)


# Transport reports name a rate's aspect by its unit: "tăng 8,51% về tấn và tăng 9,23% về
# tấn.km", "giảm 6,33% về người và giảm 9,09% về người.km", "… về lượt khách và … về HK.km".
# The tonnage (or people) carried is the subject itself; the work done, in its unit ".km",
# is the subject carried the distance ("luân chuyển", where it said "vận chuyển").
_UNITS: Final = r"(?:tấn|lượt hành khách|lượt khách|hành khách|lượt người|người|hk|khách)"
_OWN_UNIT: Final = re.compile(r"[\d.,]+\s*%[ \t]*về[ \t]+" + _UNITS + r"(\.km)?(?![^\W_])")
_ONLY_UNIT: Final = re.compile(r"^\W*(?:về\s+)?" + _UNITS + r"(?:\.km)?(?:\s+và)?\W*$")


def in_own_aspect(low: str, draft: Draft, indicator: str, earlier: str) -> str:
    """The subject of the rate before, in the aspect after this rate, or "": of a rise in
    any aspect, of a level rate in the thing it counts."""
    if draft.quantity is not None:
        return _rate_in_own_item(low, draft.quantity.start, indicator, earlier)
    return _aspect_of_rise(low, draft.number_start, indicator, earlier)


def _aspect_of_rise(low: str, number_start: int, indicator: str, earlier: str) -> str:
    """The subject of the rise before, in the aspect after this rise, or ""."""
    if not earlier:
        return ""
    own = _OWN.match(low, number_start)
    if own is None:
        return _in_own_unit(low, number_start, indicator, earlier)
    if not _ONLY_ASPECT.match(indicator.lower()):
        return ""
    return f"{own.group(1)} {_MEASURE.sub('', earlier)}"


def _in_own_unit(low: str, number_start: int, indicator: str, earlier: str) -> str:
    """The subject of the rate before, where this rate's aspect is a unit of transport."""
    own = _OWN_UNIT.match(low, number_start)
    if own is None or not _ONLY_UNIT.match(indicator.lower()):
        return ""
    if own.group(1) is None or "luân chuyển" in earlier.lower():
        return earlier
    return as_work(earlier)


# What a court or an enforcement office counts ("về việc", "về tiền", "về số vụ", "về số
# bị cáo"), written right after a level rate.
_ITEMS: Final = r"(?:(?:số[ \t]+)?(?:vụ việc|vụ án|vụ|việc|bị cáo|bị can|đơn|tiền)|số tiền)"
_OWN_ITEM: Final = re.compile(r"[\d.,]+\s*%[ \t]*về[ \t]+(" + _ITEMS + r")(?![^\W_])")
_ONLY_ITEM: Final = re.compile(r"^\W*(?:về\s+)?" + _ITEMS + r"(?:\s+và)?\W*$")
_RATE: Final = re.compile(r"^(?:tỷ|tỉ) lệ\s", re.IGNORECASE)
_ITEM_AFTER: Final = re.compile(r"\s+về\s+" + _ITEMS + r"$")


def _rate_in_own_item(low: str, number_start: int, indicator: str, earlier: str) -> str:
    """The rate before, in the thing counted after this rate, or ""."""
    own = _OWN_ITEM.match(low, number_start)
    if own is None or not _RATE.match(earlier) or not _ONLY_ITEM.match(indicator.lower()):
        return ""
    return f"{_ITEM_AFTER.sub('', earlier)} về {own.group(1)}"
