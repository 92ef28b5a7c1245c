"""A level that remains by a year: "Đến năm 2021, tỷ lệ hộ nghèo còn 4,4%".

"đến năm 2025" names the year a target is set for ("Đến năm 2025, thu nhập đạt 70 triệu
đồng"). When the clause's predicate is "còn" on its own (what remained, "chỉ còn", "vẫn
còn"), the sentence says where things stood by that year: a result. A fall aimed at is
said as a movement ("giảm còn dưới 1%", "xuống còn 2%"), or with a ceiling ("còn dưới
1%"), and stays a target.

>>> remains_by("đến năm 2021, tỷ lệ hộ nghèo còn 4,4%", 12)
True
>>> remains_by("đến năm 2030, tỷ lệ hộ nghèo giảm còn dưới 1%", 12)
False
>>> remains_by("đến năm 2025, thu nhập đạt 70 triệu đồng", 12)
False
"""

from __future__ import annotations

import re

# Within the clause, "còn" that no verb of movement leads, then the number (a rough bound
# may stand before it, a ceiling may not).
_REMAINS = re.compile(
    r"[^;:.]{0,80}?(?<!giảm )(?<!xuống )\bcòn\s+(?:(?:khoảng|gần|hơn|tới|trên)\s+)?\d"
)


def remains_by(text: str, end: int) -> bool:
    """True when the clause after the "đến năm X" cue that ends at `end` of lower-case
    `text` states what remained by then with a bare "còn"."""
    window = text[end : end + 100]
    if "còn" not in window:  # a plain look-up first: most aims name no remainder
        return False
    return _REMAINS.match(window) is not None
