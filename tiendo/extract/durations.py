"""A duration that is the level of a measure of time: "thời gian thông quan giảm từ 8 -
10 giờ xuống còn 3 - 4 giờ", "thời gian giải quyết hồ sơ rút ngắn còn 5 ngày làm việc".

A number before "giờ", "ngày" or "phút" is a time span, never a figure, except where
its clause measures a time ("thời gian ...") and puts the number as that time's level:
after "từ", "xuống", "còn", "là", "rút ngắn" and the like.

>>> low = "thời gian thông quan giảm từ 8 - 10 giờ xuống còn 3 - 4 giờ"
>>> duration_unit(low, low.index(" giờ")), duration_unit(low, low.rindex(" giờ"))
(('giờ', 39), ('giờ', 59))
>>> duration_unit("trong thời gian 15 ngày", 18) is None
True
>>> low = "thời gian lưu trú bình quân 1,5 ngày/khách"
>>> duration_unit(low, low.index(" ngày"))
('ngày/khách', 42)

An age is never a figure either ("trẻ em dưới 5 tuổi"), except the level of a life
expectancy: "tuổi thọ trung bình đạt 74,8 tuổi" measures years of life.

>>> low = "tuổi thọ trung bình đạt khoảng 74,8 tuổi; trẻ em dưới 5 tuổi"
>>> duration_unit(low, low.index(" tuổi;")), duration_unit(low, low.rindex(" tuổi"))
(('tuổi', 40), None)

So are the hours a station broadcast, its output: "Đài phát sóng 3.285 giờ chương trình".

>>> low = "đài phát sóng 3.285 giờ chương trình; bản tin phát sóng vào 19 giờ"
>>> duration_unit(low, low.index(" giờ")), duration_unit(low, low.rindex(" giờ"))
(('giờ', 23), None)
"""

from __future__ import annotations

import re
from typing import Final

# A time per what it is reckoned on ("1,5 ngày/khách", "1,38 ngày/lượt", "3 ngày/hồ sơ")
# is one unit, as "tạ/ha" is. A noun of two to four words ("hồ sơ", "bộ hồ sơ", "tờ
# khai hải quan") is taken whole when it closes the clause; otherwise the word after "/" alone
# ("2 ngày/khách tăng 0,2 ngày"), lest the verb after it be read into the unit.
_DURATION: Final = re.compile(
    r"[ \t]*((?:giờ|ngày làm việc|ngày|phút)"
    r"(?:[ \t]*/[ \t]*(?:[^\W\d_]+(?:[ \t]+[^\W\d_]+){1,3}(?=[ \t]*(?:[,;.)\n]|$))"
    r"|[^\W\d_]+))?)"
    r"(?![^\W\d_])"
)
_SLASH: Final = re.compile(r"\s*/\s*")  # "ngày / khách" is written "ngày/khách"
# What the clause says before the number: a time measured, and the word that puts the
# number as its level ("từ 8 - 10", "xuống chỉ còn", "rút ngắn còn").
_MEASURED: Final = re.compile(
    r"\bthời gian\b[^.;:!?\n]{0,80}?\b(?:từ|xuống|còn|là|rút ngắn|tối đa|không quá|dưới|"
    r"trung bình|bình quân|đạt|giảm|tăng lên|lên)"
    r"(?:\s+(?:chỉ|còn|mức|xuống|khoảng))*\s+(?:[\d.,]+\s*[-–]\s*)?[\d.,]+$"
    # A stay measured by its mean: "khách lưu trú bình quân 3,5 ngày", "mỗi du khách ở
    # lại trung bình khoảng 2 ngày": the length of a stay is a time, its mean a level.
    r"|\b(?:lưu trú|lưu lại|ở lại)\b[^.;:!?\n]{0,40}?\b(?:bình quân|trung bình)"
    r"(?:\s+(?:là|đạt|khoảng|gần|hơn|trên))*\s+[\d.,]+$"
    # Air time summed: "Đài phát sóng 3.285 giờ chương trình", "thời lượng phát sóng đạt
    # 6.570 giờ": the hours a station broadcast are its output; "phát sóng vào 19 giờ" and
    # "lúc 20 giờ" are clock times (no verb of level before them).
    r"|\b(?:phát sóng|tiếp sóng|thời lượng)(?:\s+(?:phát sóng|được|đạt|là|khoảng|gần|hơn|trên))*"
    r"\s+[\d.,]+$"
)

_AGE: Final = re.compile(r"[ \t]*(tuổi)(?![^\W\d_])")
# A life expectancy put as a level by its verb; "tăng 2 tuổi" is a difference, not one.
_LIFE: Final = re.compile(
    r"\btuổi thọ\b[^.;:!?\n]{0,80}?\b(?:là|đạt|lên|còn|ở mức|đạt mức)"
    r"(?:\s+(?:khoảng|gần|hơn|trên|xấp xỉ|mức|bình quân|trung bình))*\s+[\d.,]+$"
)


def duration_unit(low: str, position: int) -> tuple[str, int] | None:
    """The time unit at `position` (right after a number) and where it ends, when the
    number is a measured level; else None."""
    unit = _DURATION.match(low, position)
    if unit is None:
        age = _AGE.match(low, position)
        if age is None or not _LIFE.search(low, max(0, position - 140), position):
            return None
        return age.group(1), age.end()
    if not _MEASURED.search(low, max(0, position - 140), position):
        return None
    return _SLASH.sub("/", unit.group(1)), unit.end()
