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

"Hiện" said after the subject of its clause is the time of that clause's predicate:
"đàn lợn hiện có 65.400 con, sản lượng thịt hơi đạt 9.870 tấn" counts the herd as it
stands now, and the meat produced, a clause with a subject of its own, is of the months the
report is on. A clause that goes on with the same subject ("..., chiếm 97,2%") or a count
after the comma ("..., 3.500 thành viên") stays under it.

>>> low = "đàn lợn hiện có 65.400 con, sản lượng thịt hơi đạt 9.870 tấn"
>>> predicate_now(low, 0, 8, 12, low.index("9.870"))
True
>>> predicate_now("hiện, tỉnh có 120 xã, sản lượng đạt 9.870 tấn", 0, 0, 4, 36)
False
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.char_scans import has_whole_word

_CLAUSE_MARK: Final = re.compile(r"[,;:]")
_PARTS: Final = ("trong đó", "riêng", "gồm", "bao gồm", "cụ thể")
# Words before the time in its clause that make a subject ("tổng thu ngân sách"), more than
# a lead-in ("lũy kế", "tính").
_SUBJECT_WORDS: Final = 3


# After "hiện", a clause that goes on with the subject before: a verb or a part.
_GOES_ON: Final = re.compile(
    r"\s*(?:chiếm|bằng|tương đương|tăng|giảm|đạt|với|trong đó|gồm|bao gồm|riêng|cụ thể|là"
    r"|còn|và|hơn|trên|khoảng|gần|nâng|lên|xuống|so với|tức|có)\b"
)
_OWN_VERB: Final = re.compile(r"\b(?:đạt|là|thu|thu được|xuất khẩu|sản xuất|đón|tiêu thụ)\b")
# Words that lead a clause in rather than name its subject ("và hiện ...", "nhưng hiện").
_LEAD_INS: Final = frozenset(("và", "nhưng", "song", "mà", "còn", "tuy", "theo"))


def predicate_now(low: str, sentence_start: int, start: int, end: int, anchor: int) -> bool:
    """True when "hiện" at low[start:end] stands after the subject of its clause and the
    figure at `anchor` stands past the next clause break, where a clause with a subject of
    its own opens: "now" dates the predicate it stands in, not that later clause."""
    if not low.startswith("hiện", start):
        return False
    semicolon = low.find(";", end, anchor)
    comma = low.find(",", end, anchor)
    if semicolon < 0 and comma < 0:
        return False  # most figures: no clause break between "hiện" and them
    opened = max(low.rfind(mark, sentence_start, start) for mark in ",;:(")
    subject = low[max(opened + 1, sentence_start) : start].split()
    if not subject or subject[0] in _LEAD_INS:
        return False  # "Hiện, ...", "..., hiện ...": the time of all that follows
    first = min(mark for mark in (semicolon, comma) if mark >= 0)
    following = low[first + 1 : anchor]
    clause = _CLAUSE_MARK.split(following)[0]
    if "(" in clause or _GOES_ON.match(clause) or len(clause.split()) < 2:
        return False  # "..., chiếm 97,2%", "..., 3.500 thành viên": the same subject goes on
    if has_whole_word(following, "đang"):
        return False  # "...; 17 sản phẩm đang được xuất khẩu": still said of now
    # After a comma, only a clause with a verb of its own ("..., sản lượng thịt hơi đạt
    # 9.870 tấn") leaves the time behind; a bare item ("..., vốn 500 tỷ đồng") may still
    # be a level that stands now.
    return semicolon >= 0 or _OWN_VERB.search(following) is not None


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
