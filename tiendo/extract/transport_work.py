"""The work of transport, in its unit ".km", named as work: the subject carried the
distance ("luân chuyển"), not the tonnage or the people it carried.

A report gives both amounts of one subject ("Vận tải hàng hóa ước đạt 139,7 triệu tấn, … và
26,4 tỷ tấn.km"); the second is the goods moved over the kilometres, which statistics call
"luân chuyển" where the first is "vận chuyển". A name read from the subject is made so,
with its "sản lượng" (output, which the tonnage took) left off.

>>> worked("sản lượng Vận tải hàng hóa", "tỷ tấn.km")
'Vận tải hàng hóa luân chuyển'
>>> worked("đường sắt vận chuyển", "triệu tấn.km")
'đường sắt luân chuyển'
>>> worked("luân chuyển", "triệu tấn.km"), worked("sản lượng Vận tải hàng hóa", "triệu tấn")
('', '')
>>> worked("luân chuyển", "triệu HK.km", "vận chuyển hành khách")
'luân chuyển hành khách'
"""

from __future__ import annotations

import re
from typing import Final

_OUTPUT: Final = re.compile(r"^sản lượng\s+", re.IGNORECASE)
_CARRIED: Final = re.compile(r"\bvận chuyển\b", re.IGNORECASE)


def worked(named: str, unit: str, carried: str = "") -> str:
    """The name of a figure in tonne- or passenger-kilometres as work done, or "".
    `carried` is the name of the tonnage (or people) carried before it in its sentence:
    a bare "luân chuyển" after it is the work of carrying the same ("vận chuyển hành khách
    ước đạt 4,5 triệu HK, luân chuyển đạt 320 triệu HK.km")."""
    if not unit.endswith(".km"):
        return ""
    if "luân chuyển" in named.lower():
        if named.strip().lower() != "luân chuyển" or not _CARRIED.search(carried):
            return ""
        return _CARRIED.sub("luân chuyển", _OUTPUT.sub("", carried), count=1)
    return as_work(_OUTPUT.sub("", named))


def as_work(name: str) -> str:
    """`name` of what was carried, as the work of carrying it over the distance: its
    "vận chuyển" made "luân chuyển", or "luân chuyển" put after it."""
    moved = _CARRIED.sub("luân chuyển", name, count=1)
    return moved if moved != name else f"{name} luân chuyển"
