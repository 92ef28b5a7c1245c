"""The kind of a count of targets read from the predicate the counted noun governs.

"với 12/14 chỉ tiêu đạt và vượt kế hoạch" tallies the targets met: a result, whatever word
before the count ("với", "gồm") elsewhere announces the targets a resolution sets ("ban
hành nghị quyết với 14 chỉ tiêu"). "12/30 chỉ tiêu có khả năng đạt vào cuối nhiệm kỳ"
foresees them met: an estimate.

>>> tallied_kind("đạt và vượt kế hoạch"), tallied_kind("có khả năng đạt vào cuối nhiệm kỳ")
('actual', 'estimate')
>>> tallied_kind("đạt kế hoạch", "về kinh tế, dự kiến ")
'estimate'
>>> tallied_kind("không đạt", ", ", "năm 2023 dự kiến có 15 chỉ tiêu đạt và vượt kế hoạch, ")
'estimate'
>>> tallied_kind("không đạt", ", ", "năm 2023 có 15 chỉ tiêu đạt và vượt kế hoạch, ")
'actual'
>>> foreseen_count("theo dự thảo, ước thực hiện có "), foreseen_count("năm 2024 có ")
(True, False)
>>> foreseen_count("huyện ước thực hiện đạt và vượt "), foreseen_count("huyện đạt và vượt ")
(True, False)
>>> tallied_kind("chủ yếu") is None, tallied_kind("phải đạt trong năm") is None
(True, True)

A count whose own words say no meeting ("5 chỉ tiêu đúng hướng") after a count of the same
tally that does ("có 20 chỉ tiêu vượt kế hoạch và 5 chỉ tiêu đúng hướng") is one more part
of that tally, of its kind:

>>> tallied_kind("đúng hướng", "", "có 20 chỉ tiêu vượt kế hoạch và ")
'actual'
>>> tallied_kind("về kinh tế", "", "nghị quyết đề ra 20 chỉ tiêu, ") is None
True

"Trong 12 chỉ tiêu chủ yếu, 4 chỉ tiêu vượt, 3 chỉ tiêu đạt": the count that frames the
tally is the set of targets laid down, a target however many were met.

>>> whole_of_targets("năm 2015, trong tổng số ", ", còn 3 chỉ tiêu chưa đạt")
True
>>> whole_of_targets("trong ", ", thu ngân sách đạt 2.300 tỷ đồng"), whole_of_targets("có ", "")
(False, False)
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.figure import Kind

# The predicate right after the counted noun (a word or two of its name may come first:
# "chỉ tiêu nghị quyết đạt và vượt").
_MET: Final = re.compile(
    r"^(?:[^\W\d_]+\s+){0,3}?(?:đều\s+)?(?:đạt|vượt|hoàn thành|không đạt|chưa đạt)\b"
)
_LIKELY: Final = re.compile(
    r"^(?:[^\W\d_]+\s+){0,3}?(?:có khả năng|dự kiến|ước) (?:đạt|hoàn thành|vượt)\b"
)
# "có" may come between: "dự ước có 18/19 chỉ tiêu đạt" foresees as "dự ước 18/19" does.
# So may the verb of the estimate: "ước thực hiện có 7/10 chỉ tiêu ...", "cả năm ước đạt
# 12/14 chỉ tiêu"; and the meeting said before the count, as its verb: "ước thực hiện đạt
# và vượt 20/21 chỉ tiêu", "dự kiến hoàn thành 18/23 chỉ tiêu", "dự kiến hoàn thành và
# hoàn thành vượt 14/16 chỉ tiêu" foresee the targets met as "dự kiến có 18/23" does.
_MEETING: Final = r"(?:hoàn thành|đạt|vượt)(?: vượt(?: mức)?)?"
# The forecast may govern a clause of its own before "có", its time and subject between,
# with no break: "dự kiến năm 2024 tỉnh có 19/21 chỉ tiêu đạt và vượt kế hoạch".
_FORESEEN: Final = re.compile(
    r"\b(?:dự kiến|ước tính|ước thực hiện|ước đạt|ước|dự ước|có khả năng)"
    r"(?:(?:\s+(?:năm \d{4}|[^\W\d_]+)){0,5}?\s+có)?"
    rf"(?:\s+{_MEETING}(?:\s*(?:,|và)\s*{_MEETING})*)?\s*$"
)
# The whole a tally is taken out of: "trong 12 chỉ tiêu ...", "trong tổng số 13 chỉ tiêu",
# "trên tổng số 19 chỉ tiêu".
_WHOLE: Final = re.compile(r"(?:^|[\s,;:(])(?:trong|trên)(?: tổng số| số)?\s*$")
# The tally after it, in the same sentence: "4 chỉ tiêu vượt", "còn 3 chỉ tiêu".
_TALLY: Final = re.compile(r"\d\s+(?:chỉ tiêu|mục tiêu)\b")
# What must be met is the aim itself ("15 chỉ tiêu phải đạt"), read elsewhere.
_MUST: Final = re.compile(r"\b(?:phải|cần|phấn đấu|sẽ)\b")


def foreseen_count(own: str) -> bool:
    """True when the words right before a count of targets foresee it ("ước thực hiện có
    7/10 chỉ tiêu tăng trưởng cao hơn kế hoạch"): the tally is an estimate, whatever the
    counted targets are said to do."""
    return _FORESEEN.search(own) is not None


def tallied_kind(tail: str, own: str = "", before: str = "") -> Kind | None:
    """'actual' for targets said met, 'estimate' for targets said likely to be met, from
    the words after the counted noun ("dự kiến" right before the count foresees them met
    too, and so does one before the first count of the tally that `before`, the clause up
    to the count, lists: "dự kiến có 15 chỉ tiêu đạt, 3 chỉ tiêu không đạt"); None when
    they say neither."""
    lowered = tail.lower()
    if _MUST.search(lowered):
        return None
    if "đạt" not in tail and "vượt" not in tail and "hoàn thành" not in tail:
        return _sibling_kind(before.lower())  # most counts hold no predicate of meeting
    if _LIKELY.match(lowered) or _FORESEEN.search(own) or _foreseen_tally(before.lower()):
        return "estimate"
    if _MET.match(lowered):
        return "actual"
    return None


# A count of the same tally before this one, up to the comma or "và" that joins them.
_PRIOR_COUNT: Final = re.compile(
    r"\d+(?:/\d+)?\s+(?:chỉ tiêu|mục tiêu)\b[^,;:()\d]*(?:,|\s+và)\s*$"
)


def _sibling_kind(before: str) -> Kind | None:
    """The kind of the count of the same tally right before this one ("20 chỉ tiêu vượt
    kế hoạch và "), read from its own predicate; None when there is none, or it says no
    meeting either ("đề ra 20 chỉ tiêu, ": the set, not a tally)."""
    if not before.endswith((", ", "và ")):
        return None  # most counts follow no other count
    found = _PRIOR_COUNT.search(before)
    if found is None:
        return None
    noun = _NOUN.search(found.group(0))
    tail = found.group(0)[noun.end() :] if noun else ""
    if "đạt" not in tail and "vượt" not in tail and "hoàn thành" not in tail:
        return None  # only a predicate of meeting makes the counts before a tally
    return tallied_kind(tail.strip(" ,"), "", before[: found.start()])


_NOUN: Final = re.compile(r"(?:chỉ tiêu|mục tiêu)\b")


def _foreseen_tally(before: str) -> bool:
    """True when the counts of a tally listed before this one open on a forecast word."""
    for _ in range(6):  # a tally lists a few counts
        found = _PRIOR_COUNT.search(before)
        if found is None:
            return False
        before = before[: found.start()]
        if _FORESEEN.search(before):
            return True
    return False


def whole_of_targets(own: str, rest: str) -> bool:
    """True when the words before a count of targets (`own`, lower-case) frame it as the
    whole a tally in the rest of its sentence (`rest`) is taken out of ("trong tổng số 13
    chỉ tiêu, còn 3 chỉ tiêu chưa đạt"). Without a tally the frame only names the set a
    report goes through ("Trong 20 chỉ tiêu chủ yếu, thu ngân sách đạt ...")."""
    return (
        ("trong" in own or "trên" in own)
        and _WHOLE.search(own) is not None
        and _TALLY.search(rest) is not None
    )
