"""A result word inside a rate's name, where the name lists what it counts or the number
follows it with no verb: "tỷ lệ tổ chức cơ sở đảng, đảng viên hằng năm hoàn thành tốt
nhiệm vụ từ 85% trở lên".

rate_names reads "tỷ lệ chi bộ hoàn thành tốt nhiệm vụ đạt 80%": one counted noun, then
the figure's own verb. A target list also names the counted things as a list ("tổ chức
cơ sở đảng, đảng viên") and gives the level with its bound alone ("từ 85% trở lên", "trên
90%", "tối thiểu 95%"). The bound opens the number as a verb would: "hoàn thành" is still
part of the name, and asserts nothing.

>>> text = "tỷ lệ tổ chức cơ sở đảng, đảng viên hằng năm hoàn thành tốt nhiệm vụ từ 85% trở lên"
>>> in_listed_rate_name(text, text.index("hoàn thành"), text.index(" tốt"))
True
>>> text = "tỷ lệ giải ngân vốn đã hoàn thành trên 80% kế hoạch"
>>> in_listed_rate_name(text, text.index("hoàn thành"), text.index(" trên"))
False
"""

from __future__ import annotations

import re

# The rate and its counted nouns (a list: "," between them), before the result word.
_RATE_BEFORE = re.compile(r"\b(?:tỷ lệ|tỉ lệ)\s+(?:[^\W\d_]+,?\s+){1,10}?(?:đã\s+)?$")
# The rest of the name (at least one word), then a bound or a verb right before the number.
_LEVEL_AFTER = re.compile(
    r"(?:\s+[^\W\d_]+){1,6}?\s+(?:(?:đạt|là|chiếm|ở mức)\s+)?"
    r"(?:từ|trên|hơn|tối thiểu|ít nhất|không dưới)\s*\d"
)


def in_listed_rate_name(text: str, start: int, end: int) -> bool:
    """True when the result word at text[start:end] (lower-case) stands inside the name of
    a rate whose bound and number follow it."""
    before = text[max(0, start - 80) : start]
    # A plain look-up first: most result words follow no rate.
    if "tỷ lệ" not in before and "tỉ lệ" not in before:
        return False
    return _RATE_BEFORE.search(before) is not None and _LEVEL_AFTER.match(text, end) is not None
