"""A bare share reached by the things just counted: their rate, not a ratio of the count.

"6.999 đồng chí hoàn thành tốt nhiệm vụ, đạt 71%"; "đã điều tra khám phá 597 vụ, đạt
82,2%"; "toàn tỉnh có 59 xã về đích, đạt 45%". With no basis written after it and none
named before in its sentence, a percentage of at most 100 after a count says what part of
their whole those things are: the rate of the things counted (tỷ lệ), a figure of its own.
Against a plan the sentence names ("kết nạp 8 đảng viên, đạt 100%" after "đạt 140% kế
hoạch"), or above 100 ("1.419 lao động, đạt 118,25%"), it stays a ratio of the count.

>>> bare_rate_of_count("count", "đạt", "; bắt, xử lý", 82.2)
True
>>> bare_rate_of_count("count", "đạt", " kế hoạch năm", 82.2)
False
>>> bare_rate_of_count("money", "đạt", "", 82.2)
False
"""

from __future__ import annotations

import re

# What may follow the percentage when it names no whole: the clause's end.
_NOTHING_NAMED = re.compile(r"^\s*(?:[;,.)]|$)")


def bare_rate_of_count(host_kind: str, verb: str, after: str, percent: float) -> bool:
    """True when the percentage after a count, linked by "đạt" or "bằng" and followed by
    no basis (`after`: the words after it), is the rate of the things counted."""
    if host_kind != "count" or verb not in ("đạt", "bằng") or percent > 100:
        return False
    return _NOTHING_NAMED.match(after) is not None
