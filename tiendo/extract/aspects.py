"""A second rate of the same subject in another aspect: "Xuất khẩu gạo đạt 125.000 tấn,
tăng 12% về lượng và tăng 18% về giá trị" gives the rise in tonnage to the tonnage and
the rise in value to the value of rice exports, a figure of its own.

The words between the two rates ("về lượng và tăng") name only the first rate's aspect;
the second is the same subject measured in the aspect written after it.

>>> low = "kim ngạch xuất khẩu thủy sản tăng 12% về giá trị và tăng 5% về lượng"
>>> in_own_aspect(low, low.index("5%"), "về giá trị", "Kim ngạch xuất khẩu thủy sản")
'lượng xuất khẩu thủy sản'
>>> in_own_aspect(low, low.index("12%"), "Kim ngạch xuất khẩu thủy sản", "")
''
"""

from __future__ import annotations

import re
from typing import Final

_ASPECTS: Final = r"(?:giá trị|kim ngạch|trị giá|khối lượng|sản lượng|số lượng|lượng)"
# The aspect written right after a rate: "18% về giá trị".
_OWN: Final = re.compile(r"[\d.,]+\s*%[ \t]*về[ \t]+(" + _ASPECTS + r")\b")
# A name that is nothing but an aspect: the earlier rate's "về lượng".
_ONLY_ASPECT: Final = re.compile(r"^\W*(?:về\s+)?" + _ASPECTS + r"(?:\s+và)?\W*$")
# The measure a subject opens with, replaced by the aspect.
_MEASURE: Final = re.compile(r"^(?:tổng\s+)?" + _ASPECTS + r"\s+", re.IGNORECASE)


def in_own_aspect(low: str, number_start: int, indicator: str, earlier: str) -> str:
    """The subject of the rate before, in the aspect after this rate, or ""."""
    own = _OWN.match(low, number_start)
    if own is None or not earlier or not _ONLY_ASPECT.match(indicator.lower()):
        return ""
    return f"{own.group(1)} {_MEASURE.sub('', earlier)}"
