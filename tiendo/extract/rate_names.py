"""A result word inside the name of a rate names what is counted; it asserts nothing.

"tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ đạt từ 80% trở lên" is the share of
the bodies that did their work well: "hoàn thành" belongs to the rate's name, and the
figure's own verb is "đạt". Read as a cue, it would make a resolution's target a result
(and the next figure of its sentence with it). A cue right before the number ("tỷ lệ
giải ngân đã hoàn thành 80%") is the figure's own.

>>> text = "tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ đạt từ 80% trở lên"
>>> in_rate_name(text, text.index("hoàn thành"), text.index(" tốt"))
True
>>> text = "số đảng viên hoàn thành xuất sắc nhiệm vụ là 120 đồng chí"
>>> in_rate_name(text, text.index("hoàn thành"), text.index(" xuất"))
True
>>> text = "tỷ lệ giải ngân vốn đã hoàn thành 80% kế hoạch"
>>> in_rate_name(text, text.index("hoàn thành"), text.index(" 80"))
False
>>> text = "toàn tỉnh đã hoàn thành 95% kế hoạch"
>>> in_rate_name(text, text.index("hoàn thành"), text.index(" 95"))
False
"""

from __future__ import annotations

import re

# The rate or count and its counted noun, before the result word.
_RATE_BEFORE = re.compile(r"\b(?:tỷ lệ|tỉ lệ|số)\s+(?:[^\W\d_]+\s+){1,6}?(?:đã\s+)?$")
# The rest of the name, then the figure's own verb (with a bound) and its number.
_VERB_AFTER = re.compile(
    r"(?:\s+[^\W\d_]+){1,6}?\s+(?:đạt|là|chiếm|ở mức)"
    r"(?:\s+(?:từ|trên|dưới|khoảng|gần|hơn|tối thiểu|ít nhất))?\s*\d"
)


def in_rate_name(text: str, start: int, end: int) -> bool:
    """True when the result word at text[start:end] (lower-case) stands inside the name
    of a rate or count whose own verb and number follow it."""
    before = text[max(0, start - 60) : start]
    # A plain look-up first: most result words follow neither a rate nor a count.
    if "tỷ lệ" not in before and "tỉ lệ" not in before and "số " not in before:
        return False
    return _RATE_BEFORE.search(before) is not None and _VERB_AFTER.match(text, end) is not None
