"""A price index's move, reported as a result, is a change, not the index's level.

"Chỉ số giá tiêu dùng bình quân tăng 3,31%", "CPI bình quân quý I tăng 2,79%": a release
reports how its index moved against the same months of the year before, as it does for any
measure it gives no basis for ("Kim ngạch xuất khẩu tăng 33,33%"). "Chỉ số giá" and
"bình quân" make the name look like a rate, but an average index ("bình quân", "bình quân
9 tháng", "bình quân năm") is still an index, whose level no reader quotes as a per cent.
Other rate words ("tỷ lệ", "mỗi năm", "kiềm chế", "ở mức") keep the per cent a level, and so
does a move set apart in parentheses, quoted as a factor of another figure ("nếu loại trừ
yếu tố giá (chỉ số giá bình quân năm tăng 6,16%)"). An aim before the move ("phấn đấu",
a list of targets) is the caller's to read: the rate to reach stays a level.

>>> reported_index_move("năm 2022, chỉ số giá tiêu dùng bình quân ")
True
>>> reported_index_move("cpi bình quân quý i ")
True
>>> reported_index_move("nếu loại trừ yếu tố giá (chỉ số giá bình quân năm ")
False
>>> reported_index_move("tỷ lệ hộ nghèo bình quân ")
False
"""

from __future__ import annotations

import re
from typing import Final

_INDEX: Final = re.compile(r"\b(?:chỉ số giá|cpi|giá tiêu dùng)\b")
# Words that make a per cent a rate's level, not a move: index_moves.py reads them too.
OTHER_RATE_WORDS: Final = (
    r"tỷ lệ|tỉ lệ|tốc độ|tỷ trọng|tỉ trọng|cơ cấu|mức|lãi suất|mỗi năm|hằng năm|hàng năm"
    r"|kiềm chế|kiểm soát|phấn đấu|dưới"
)
# "bình quân" is left out: an average index is still an index.
_OTHER_RATE: Final = re.compile(rf"\b(?:{OTHER_RATE_WORDS}|giữ)\b")


def reported_index_move(name: str) -> bool:
    """True when `name`, the words before a move with no basis, names a price index (or its
    average) and no other rate, outside parentheses left open: the move is a change."""
    if _INDEX.search(name) is None or _OTHER_RATE.search(name) is not None:
        return False
    return name.rfind("(") <= name.rfind(")")
