"""The last word in a subject's text that governs the words after it ("phấn đấu", "là",
"trong đó", "cho biết"): what follows it names the measure (indicator.py).

A search of GOVERNING stops at every letter one of its words opens with, and most
subjects hold none of its words: a word each of them holds is looked up plainly first.

>>> last_governing("nghị quyết đặt mục tiêu tỷ lệ hộ nghèo").group()
'đặt mục tiêu'
>>> last_governing("tổng thu ngân sách trên địa bàn") is None
True
>>> last_governing("chiều dài đường cao tốc đưa vào khai thác") is None
True
>>> last_governing("tòa án nhân dân tỉnh có tổng số thụ lý").group()
'có tổng số'
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.lexicon import at_word_start

GOVERNING_WORDS: Final = (
    "phấn đấu|đặt mục tiêu|đặt chỉ tiêu|đặt ra mục tiêu|đặt ra chỉ tiêu|đề ra mục tiêu|"
    "đề ra chỉ tiêu|xác định|cho thấy|"
    # a source that reports the figure ("Tổng cục Thống kê xác nhận GDP … tăng 6,28%")
    "cho biết|công bố|xác nhận|thông báo|"
    "khiến|giúp|đưa|nổi bật là|trong số này có|trong số đó có|trong số này|"
    "trong đó|"
    "ước tính|là|gồm|bao gồm|trong số này có|trong số đó có|hướng tới|hướng đến|"
    # "Tòa án nhân dân tỉnh có tổng số thụ lý 2.100 vụ án": the body that has the total is
    # no word of it (the match ends after "có": TOTAL_HELD)
    "có tổng số"
)
GOVERNING: Final = re.compile(at_word_start(GOVERNING_WORDS) + r"\b")
TOTAL_HELD: Final = "có tổng số"  # its "tổng số" stays, the total's words (indicator.py)
# "đưa vào sử dụng", "đưa vào khai thác": what was put to use is named by it, where "đưa"
# alone governs what it brings somewhere ("đưa tỷ lệ che phủ rừng lên 45%").
_PUT_TO_USE: Final = re.compile(r"\s+vào\s+(?:sử dụng|khai thác|vận hành|hoạt động)\b")


def last_governing(text: str) -> re.Match[str] | None:
    """The last match of GOVERNING in `text` (lower case), or None."""
    # Each of GOVERNING's words holds one of these (its first word, or "là", "gồm" in "nổi
    # bật là", "bao gồm"), and so does each match: a chain of plain look-ups first.
    if not (
        "là" in text
        or "trong" in text
        or "cho" in text
        or "đưa" in text
        or "gồm" in text
        or "đặt" in text
        or "đề" in text
        or "phấn" in text
        or "xác" in text
        or "công" in text
        or "khiến" in text
        or "giúp" in text
        or "ước" in text
        or "hướng" in text
        or "có tổng" in text
        or "thông báo" in text
    ):
        return None
    found = None
    for match in GOVERNING.finditer(text):
        if match.group() == "đưa" and _PUT_TO_USE.match(text, match.end()):
            continue  # "đường cao tốc đưa vào khai thác": put to use, no "đưa X lên"
        found = match
    return found
