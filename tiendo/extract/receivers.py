"""Who receives an amount given out, named between the verb and the amount.

"UBND tỉnh giao cho huyện 120 tỷ đồng vốn đầu tư công", "tỉnh phân bổ cho các xã 35 tỷ
đồng": the words after "cho" say who the amount went to, not what it is; the measure is
the amount given out ("giao vốn đầu tư công"), as a plan's name leaves out the units it
was given to ("kế hoạch vốn giao cho các đơn vị là 106 tỷ đồng"). A verb that is itself
the measure with "cho" in it ("cho vay 35 tỷ đồng") has no receiver before the amount, and
a verb alone names nothing given out: there the receiver stays.

>>> low = "ubnd tỉnh giao cho huyện 95 tỷ đồng"
>>> without_receiver("giao cho huyện vốn đầu tư công", low, 0, low.index("95"))
'giao vốn đầu tư công'
>>> low = "quỹ cho vay 35 tỷ đồng"
>>> without_receiver("cho vay", low, 0, low.index("35"))
''
"""

from __future__ import annotations

import re
from typing import Final

# A verb of giving out, "cho", then the receiver (no number, no clause break) up to the
# amount, and the amount's hedge or copula at most.
_GIVEN_TO: Final = re.compile(
    r"\b((?:giao|phân bổ|bố trí|cấp|chuyển|hỗ trợ|trích)(?: thêm| bổ sung)?)"
    r" (cho (?:[^\W\d_]+ ){1,6}?)"
    r"(?:(?:khoảng|hơn|trên|gần|tổng cộng|số tiền|với|là)\s+)*$"
)


def without_receiver(named: str, low: str, start: int, end: int) -> str:
    """`named` without the receiver that low[start:end] (the words up to the amount) names
    after a verb of giving out; "" when there is none."""
    window = max(start, end - 80)
    if low.find(" cho ", window, end) < 0:
        return ""  # the cheap test first, in place: nearly every amount follows no "cho"
    found = _GIVEN_TO.search(low, window, end)
    if found is None:
        return ""
    receiver = found.group(2).strip()
    at = named.lower().find(receiver)
    if at < 0:
        return ""
    left = " ".join(f"{named[:at]} {named[at + len(receiver) :]}".split())
    # A verb alone names nothing given out ("giao cho Sở Giao thông vận tải 250 tỷ đồng để
    # …"): the receiver stays where nothing after the amount says what was given.
    return "" if left.lower() == found.group(1) else left
