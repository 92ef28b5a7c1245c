"""A label before a colon that names only a time ("Quý I/2024:", "Đánh giá 6 tháng đầu năm
2025:") says when the list's items hold, not what they measure.

>>> names_only_time("Quý I/2024")
True
>>> names_only_time("Đánh giá 6 tháng đầu năm 2025")
True
>>> names_only_time("Năng suất lúa năm 2024")
False
>>> names_only_time("Diễn biến qua các quý như sau"), names_only_time("Tăng trưởng qua các quý")
(True, False)
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.period_cues import find_periods

# Words that report or reckon a time without naming a measure.
_TIME_WORDS: Final = re.compile(
    r"\b(?:đánh giá|kết quả|tính chung|lũy kế|luỹ kế|cộng dồn|ước tính|dự ước|ước|sơ bộ"
    r"|trong|đến|hết|tính đến|riêng|cả|của|năm|tháng|quý|kỳ|đầu|cuối|giữa"
    # "Diễn biến qua các quý như sau:": how the times are laid out
    r"|diễn biến|qua|các|từng|như sau)\b"
)

# Any letter left is a word that names something beside the time.
_LETTER: Final = re.compile(r"[^\W\d_]")


def names_only_time(label: str) -> bool:
    """True when `label`, with its times and the words that report them taken out, is
    left with no word."""
    low = " ".join(label.lower().split())
    if not low:
        return False
    kept: list[str] = []
    last = 0
    for mention in find_periods(low):
        kept.append(low[last : mention.start])
        last = mention.end
    kept.append(low[last:])
    rest = _TIME_WORDS.sub(" ", " ".join(kept))
    return _LETTER.search(rest) is None
