"""The criteria each commune met on average, said with "bình quân mỗi xã" before the verb.

"Bình quân mỗi xã đạt 13,45 tiêu chí nông thôn mới" states the number of criteria met
per commune: the measure is "số tiêu chí nông thôn mới bình quân mỗi xã", as "bình quân
đạt 13,65 tiêu chí/xã" is "số tiêu chí bình quân mỗi xã" (measures.py), not the
communes ("Bình quân mỗi xã"). The unit is the criteria, the place after "mỗi" is the
denominator.

>>> average_per_place("bình quân mỗi xã đạt ", "tiêu chí", "nông thôn mới")
'số tiêu chí nông thôn mới bình quân mỗi xã'
>>> average_per_place("mỗi xã bình quân đã đạt ", "tiêu chí", "")
'số tiêu chí bình quân mỗi xã'
>>> average_per_place("toàn tỉnh có ", "tiêu chí", "")
''
"""

from __future__ import annotations

import re
from typing import Final

# "bình quân mỗi xã (đã) đạt", "mỗi xã bình quân (chỉ) đạt", "bình quân 1 xã đạt".
_PER_PLACE: Final = re.compile(
    r"(?:^|[\s,])(?:bình quân\s+(?:mỗi|một|1)\s+(?P<a>xã|huyện|thôn|bản|phường)"
    r"|(?:mỗi|một|1)\s+(?P<b>xã|huyện|thôn|bản|phường)\s+bình quân)"
    r"(?:\s+(?:đã|chỉ|mới|đều|cũng))?\s+(?:đạt|có)(?:\s+(?:được|khoảng|gần|trên|hơn))?\s*$"
)


def average_per_place(low_pre: str, unit: str, tail: str) -> str:
    """The measure of a count of criteria (`unit`) after "bình quân mỗi xã đạt" ending
    `low_pre`, with the criteria's own words (`tail`), or ""."""
    if unit != "tiêu chí" or "quân" not in low_pre:
        return ""
    found = _PER_PLACE.search(low_pre[-60:])
    if found is None:
        return ""
    place = found.group("a") or found.group("b")
    return " ".join(f"số tiêu chí {tail} bình quân mỗi {place}".split())
