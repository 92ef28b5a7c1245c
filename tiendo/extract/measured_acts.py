"""An act or a crop measured "with" an area, an output or a yield is named by the measure.

"một số địa phương đã thu hoạch những trà lúa sớm với diện tích 1.962,55 ha": the number is
the area, and what is measured is the act's, the area harvested of the early rice; the
subject before "đã" names who did it, no part of the measure; before "được" it names what
the act befell, its object ("các trà lúa sớm đã được thu hoạch với diện tích ..." is the
area harvested of the early rice). "Vụ hè thu với diện tích 3.200 ha" is the crop's area;
money spent "with" a sum is that sum for what was done ("thực hiện 12 chính sách với tổng
kinh phí 210 tỷ đồng").
The measure goes first, as a reader names it: "diện tích thu hoạch những trà lúa sớm".

>>> measured_act("một số địa phương đã thu hoạch những trà lúa sớm với diện tích")
'diện tích thu hoạch những trà lúa sớm'
>>> measured_act("các trà lúa sớm đã được thu hoạch với diện tích")
'diện tích thu hoạch trà lúa sớm'
>>> measured_act("vụ lúa hè thu với tổng diện tích")
'tổng diện tích vụ lúa hè thu'
>>> measured_act("thực hiện 12 chính sách với tổng kinh phí")
'tổng kinh phí thực hiện 12 chính sách'
>>> measured_act("doanh nghiệp đăng ký mới với tổng vốn")
''
"""

from __future__ import annotations

import re
from typing import Final

# (who, then "đã"/"được") the act or the thing, "với", the measure right before the number.
_WITH: Final = re.compile(
    r"^(?:(?P<who>[^,;:]*?)\s(?P<by>đã được|đã|được)\s+)?(?P<act>[^\s,;:][^,;:]*?)\s+với\s+"
    r"(?P<measure>(?:tổng\s+)?(?:diện tích|sản lượng|năng suất|kinh phí))$",
    re.IGNORECASE,
)


def measured_act(named: str) -> str:
    """'<measure> <act>' for a name that ends in "với <measure>" (see the module), else ""."""
    found = _WITH.match(named)
    if found is None:
        return ""
    # ("trong số 12 chính sách … với tổng kinh phí": the things the money is spent on)
    act = re.sub(r"^trong số\s+", "", found.group("act"), flags=re.IGNORECASE)
    named = f"{found.group('measure')} {act}"
    if found.group("by") and "được" in found.group("by"):
        # "các trà lúa sớm đã được thu hoạch với diện tích": what was harvested, the object
        named += " " + re.sub(r"^(?:các|những)\s+", "", found.group("who"))
    return named
