"""Now, or a day, named inside a sentence dates its own clause, not the clauses after it.

"Tổng thu ngân sách nhà nước đến ngày 15/6 ước đạt 3.620 tỷ đồng, ...; chỉ số giá tiêu dùng
tăng 4,25% so với cùng kỳ" in a report on six months: the day is when the revenue was
counted up to, and the price index after the ";" is of the six months. So "...; đến nay đã
thu hoạch 7.249 ha, ...; năng suất dự kiến 61,56 tạ/ha". A time of writing or a day that
opens the sentence ("Đến nay, toàn tỉnh có 120 xã đạt chuẩn; 30 xã ...", "Theo báo cáo,
đến nay ...", "Lũy kế đến nay, ...") frames all of it, as before, and so does any time for
the parts of its figure listed after the ";" ("...; trong đó khu công nghiệp có 284 dự án").

>>> low = "tổng thu ngân sách đến ngày 15/6 đạt 3.620 tỷ đồng; vốn đầu tư đạt 9.500 tỷ đồng"
>>> inside_its_clause(low, 0, 19, 32, 71)
True
>>> inside_its_clause("đến nay, tỉnh có 120 xã; 30 xã nâng cao", 0, 0, 7, 25)
False
"""

from __future__ import annotations

import re
from typing import Final

_CLAUSE_MARK: Final = re.compile(r"[,;:]")
_PARTS: Final = ("trong đó", "riêng", "gồm", "bao gồm", "cụ thể")
# Words before the time in its clause that make a subject ("tổng thu ngân sách"), more than
# a lead-in ("lũy kế", "tính").
_SUBJECT_WORDS: Final = 3


def inside_its_clause(low: str, sentence_start: int, start: int, end: int, anchor: int) -> bool:
    """True when the time at low[start:end] of the sentence opening at `sentence_start` is
    not the time of a figure at `anchor` past a ";": it stands after a ";" of its sentence,
    or after the words of a subject in its clause. (A time after a figure and a comma, "...
    3.000 ha rừng, đến nay tỷ lệ che phủ đạt 45%; ...", was counted too and left out: on
    the calibration part it put periods wrong.)"""
    last = low.rfind(";", end, anchor)
    if last < 0:
        return False  # most figures: no ";" between the time and them
    if low[last + 1 : anchor].lstrip().startswith(_PARTS):
        return False  # "Lũy kế đến nay, tỉnh có 457 dự án; trong đó ...": its parts
    before = low[sentence_start:start]
    if ";" in before:
        return True
    clause = _CLAUSE_MARK.split(before)[-1]
    return len(clause.split()) >= _SUBJECT_WORDS
