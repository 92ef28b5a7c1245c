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

>>> text = "nâng tỷ lệ lao động đã qua đào tạo lên 70%"
>>> in_rate_name(text, text.index("đã"), text.index(" qua"))
True
>>> text = "tỷ lệ hộ nghèo đã giảm xuống còn 3%"
>>> in_rate_name(text, text.index("đã"), text.index(" giảm"))
False

A target list also names the counted things as a list ("tổ chức cơ sở đảng, đảng viên")
and gives the level with its bound alone ("từ 85% trở lên", "trên 90%", "tối thiểu 95%"):
the bound opens the number as a verb would, and "hoàn thành" is still part of the name.

>>> text = "tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ bình quân hằng năm đạt 80%"
>>> in_rate_name(text, text.index("hoàn thành"), text.index(" tốt"))
True
>>> text = "tỷ lệ tổ chức cơ sở đảng, đảng viên hằng năm hoàn thành tốt nhiệm vụ từ 85% trở lên"
>>> in_rate_name(text, text.index("hoàn thành"), text.index(" tốt"))
True
>>> text = "tỷ lệ giải ngân vốn đã hoàn thành trên 80% kế hoạch"
>>> in_rate_name(text, text.index("hoàn thành"), text.index(" trên"))
False
"""

from __future__ import annotations

import re
from typing import Final

# The rate or count and its counted noun, before the result word.
_RATE_BEFORE: Final = re.compile(r"\b(?:tỷ lệ|tỉ lệ|số)\s+(?:[^\W\d_]+\s+){1,6}?(?:đã\s+)?$")
# How often or when the rate is measured, said after its name and before its verb ("tỷ lệ
# tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ bình quân hằng năm đạt 80%", "... năm 2025
# đạt 85%"): no part of the name, and no verb of the figure either.
_WHEN: Final = (
    r"(?:\s+(?:bình quân|trung bình))?(?:\s+(?:hằng|hàng|mỗi) năm"
    r"|\s+(?:(?:đến|trong)\s+)?(?:hết\s+)?năm\s+\d{4}|\s+giai đoạn\s+\d{4}\s*-\s*\d{4})?"
)
# The rest of the name, then the figure's own verb (with a bound) and its number.
# "nâng tỷ lệ lao động đã qua đào tạo lên 70%", "giảm tỷ lệ hộ đã tái nghèo xuống còn
# 0,2%": the level a raise or a cut takes the rate to is its own verb as well; a rise or
# fall in the words after the result word ("tỷ lệ hộ nghèo đã giảm còn 3%") is its verb.
_VERB_AFTER: Final = re.compile(
    rf"(?:\s+(?!tăng\b|giảm\b)[^\W\d_]+){{1,6}}?{_WHEN}"
    r"\s+(?:đạt|là|chiếm|ở mức|lên(?: mức)?|xuống(?: còn)?)"
    r"(?:\s+(?:từ|trên|dưới|khoảng|gần|hơn|tối thiểu|ít nhất))?\s*\d"
)
# A rate and its counted nouns as a list ("," between them), before the result word.
_LISTED_RATE_BEFORE: Final = re.compile(r"\b(?:tỷ lệ|tỉ lệ)\s+(?:[^\W\d_]+,?\s+){1,10}?(?:đã\s+)?$")
# The rest of the name (at least one word), then a bound or a verb right before the number.
_BOUND_AFTER: Final = re.compile(
    rf"(?:\s+[^\W\d_]+){{1,6}}?{_WHEN}\s+(?:(?:đạt|là|chiếm|ở mức)\s+)?"
    r"(?:từ|trên|hơn|tối thiểu|ít nhất|không dưới)\s*\d"
)


def in_rate_name(text: str, start: int, end: int) -> bool:
    """True when the result word at text[start:end] (lower-case) stands inside the name
    of a rate or count whose own verb and number follow it."""
    before = text[max(0, start - 80) : start]
    # A plain look-up first: most result words follow neither a rate nor a count.
    rate = "tỷ lệ" in before or "tỉ lệ" in before
    if not rate and "số " not in before:
        return False
    near = before[-60:]
    if _RATE_BEFORE.search(near) is not None and _VERB_AFTER.match(text, end) is not None:
        return True
    return (
        rate
        and _LISTED_RATE_BEFORE.search(before) is not None
        and _BOUND_AFTER.match(text, end) is not None
    )
