"""A level written right after the word for a target: "(chỉ tiêu 28.000 tỷ đồng)", "so với
chỉ tiêu 5.000 đảng viên", "(mục tiêu 2021-2025 đạt 7-7,5%)", "kế hoạch tỉnh giao là 850
tỷ đồng", "so với dự toán HĐND tỉnh giao là 5.000 tỷ đồng". The noun says what the number
is: the level aimed at, whatever the clause around it reports. A verb of things done
between them ("chỉ tiêu trồng rừng đã hoàn thành 100%") makes the number a result again.

>>> names_target("tổng thu đạt 42.999 tỷ đồng (chỉ tiêu ")
True
>>> names_target("đàn bò đạt 16.133 con/kh ")
True
>>> names_target("thấp hơn 4,5% so với chỉ tiêu ")
True
>>> names_target("thấp hơn 0,4% so với chỉ tiêu UBND tỉnh giao (")
True
>>> names_target("chỉ tiêu trồng rừng đã hoàn thành ")
False
>>> names_target("so với kế hoạch: trồng rừng "), names_target("kế hoạch năm 2025: trồng rừng ")
(False, True)
>>> names_target("đạt 95% kế hoạch, tăng ")
False
>>> levels_of_plan("giảm trên 3%, vượt chỉ tiêu nghị quyết hđnd tỉnh (")
True
>>> levels_of_plan("đạt 95% kế hoạch (")
False
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from tiendo.extract.quantities import Quantity

# The target noun, what it is of (no number, no clause break), and a copula.
# After a number only a year or a rate ("năm 2024 chỉ tiêu", "95% kế hoạch"): a count
# before the noun counts the targets ("trong 25 chỉ tiêu ... có 17 chỉ tiêu đạt").
_TARGET_NOUN: Final = (
    r"\s*(?:so với\s+)?(?:chỉ tiêu|mục tiêu|kế hoạch|dự toán|kh)\b"
    # What it is of may name its years: "mục tiêu 2016-2020", "kế hoạch năm 2024".
    r"((?:[^\d%,;()]|\d{4}\s*[-–]\s*\d{4}|\d{4}){0,40}?)\s*(?:là|đạt|:)?\s*(?:từ\s+)?\(?\s*$"
)
# The noun at the window's start, then after a break, a year or rate, or "so với": each
# opening starts with a character of its own (the look-behinds after it), so that a search
# skips to those characters; `(?:^|…)` had it try every position.
_TARGET_AT_START: Final = re.compile(_TARGET_NOUN)
_TARGET_BEFORE: Final = re.compile(
    r"(?:[,;(:/]|\d(?<![\d.,/]\d)(?:\d{3}|\d*(?:,\d+)?%)\s|so(?<=\bso) với\s)" + _TARGET_NOUN
)
_KH: Final = re.compile(r"kh\b")
# Words that report what was done with the target, so the number after them is a result.
# "và" after the noun joins a predicate of its own ("đạt 102,7% kế hoạch và trồng mới
# 6.414 ha rừng"), whose number the plan does not name.
_DONE: Final = re.compile(
    r"\b(?:đã|được|hoàn thành|thực hiện|giải ngân được|đạt được|tăng|giảm|vượt|bằng|chiếm"
    r"|và)\b"
)


def names_target(before: str) -> bool:
    """Whether `before` (lower-case text up to a number) ends on a target's noun."""
    window = _target_window(before)
    return _ends_on_target(window, after_last_break(window))


def _target_window(before: str) -> str:
    """The last 80 characters of `before`, where names_target looks for its noun."""
    # A window cut mid-text must not open a match at its cut: "\x00" is no clause break.
    return before if len(before) <= 80 else "\x00" + before[-80:]


def _ends_on_target(window: str, last: str) -> bool:
    """names_target on its `window`, given what follows the window's last break."""
    # Plain look-ups first: most figures have no target noun right before them, and the
    # pattern is tried at every position. Nothing after the noun holds ",", ";", "%" or
    # ")", so the noun stands after the last of them ("bằng 95% kế hoạch, tăng " has none
    # there). "kh" alone stands in many words ("không", "khu"): looked up with its end.
    if not (
        "tiêu" in last
        or "kế hoạch" in last
        or "dự toán" in last
        or ("kh" in last and _KH.search(last))
    ):
        return False
    # The match opens at the last break at the earliest (the number before a "%" one:
    # "95,5% kế hoạch"), so the search starts there; its look-behinds still see before.
    opening = len(window) - len(last) - 1
    if opening > 0 and window[opening] == "%":
        head = window[:opening]
        opening -= len(head) - len(head.rstrip("0123456789,"))
    if opening < 0:
        opening = 0
    match = _TARGET_AT_START.match(window)
    if match is None and opened_noun(window, opening):
        match = _TARGET_BEFORE.search(window, opening)
    return (
        match is not None
        and not _DONE.search(match.group(1))
        and not _compared_heading(match)
        and not _reached_by_subject(match)
    )


# The plan's noun as the subject, opening its clause, and "đạt" right before the number:
# "Chỉ tiêu trồng rừng tập trung năm 2023 đạt 1.320 ha", "Năm 2023, chỉ tiêu thu ngân
# sách ước đạt 245 tỷ đồng".
_SUBJECT_REACHED: Final = re.compile(
    r"^[\s\x00,;]*(?:chỉ tiêu|kế hoạch)\b[^:]*\bđạt\s*(?:từ\s+)?\(?\s*$"
)


def _reached_by_subject(match: re.Match[str]) -> bool:
    """Whether the noun `match` found is "chỉ tiêu" or "kế hoạch" opening its clause, said
    to reach the number: a report names the measure by its target ("Chỉ tiêu trồng rừng
    năm 2023 đạt 1.320 ha, bằng 110% kế hoạch"), and the number is what was reached. An
    aim keeps its level ("Mục tiêu năm 2025 đạt 17,5 tỷ USD", "(chỉ tiêu đạt 1.300 tỷ
    đồng)", "Kế hoạch năm 2025: thu ngân sách đạt ...")."""
    return _SUBJECT_REACHED.match(match.group(0)) is not None


# The nouns _TARGET_BEFORE ends its opening on ("kh" alone too: a word's start is enough).
_NOUNS: Final = ("chỉ tiêu", "mục tiêu", "kế hoạch", "dự toán", "kh")


def opened_noun(window: str, start: int) -> bool:
    """Whether a noun of a target stands in `window` from `start` right after what may open
    _TARGET_BEFORE: blanks aside, one of ",;(:/", a digit, "%" or "so với". The search
    tries every position and finds nothing in most windows ("đặt mục tiêu đến năm"): a
    window with no such noun is answered without it.

    >>> opened_noun("tổng thu (chỉ tiêu ", 0), opened_noun("đặt mục tiêu đến năm ", 0)
    (True, False)
    """
    for noun in _NOUNS:
        at = window.find(noun, start)
        while at >= 0:
            head = window[:at].rstrip()
            if head.endswith("so với"):
                return True
            if head:
                end = head[-1]
                if end in ",;(:%/" or end.isdecimal():
                    return True
            at = window.find(noun, at + 1)
    return False


def _compared_heading(match: re.Match[str]) -> bool:
    """Whether the noun `match` found heads, after "so với", a colon and the items set against
    it ("So với kế hoạch: thu ngân sách đạt 540 tỷ đồng"): those are results, where "Kế hoạch
    năm 2025: thu ngân sách 650 tỷ đồng" lists the plan's own levels."""
    return ":" in match.group(1) and "so với" in match.string[match.start() : match.start(1)]


# A result set against a plan whose own level follows its noun: "vượt mục tiêu 16,5% của
# nghị quyết", "thấp hơn kế hoạch 7,2 - 7,8%", "vượt kịch bản dự tính là 13%". Only a level
# is asked about here: where the number is by how much the plan was passed ("vượt kế hoạch
# 3%"), the figure is a comparison and names no level.
# The plan's level may be said as its own change after "là" ("vượt mục tiêu Nghị quyết
# Đại hội Đảng bộ tỉnh là giảm bình quân từ 3 - 4% mỗi năm"): the verb is the plan's.
# A result that fell short of the plan or came near it sets itself against the plan's level
# the same way ("chưa tới mức kế hoạch 7,2 - 7,5%", "còn xa mức kế hoạch 384 tỷ đồng", "sát
# mức kế hoạch 30.000 tấn"): the verb measures the distance, the number is still the plan's.
_PASSED_PLAN: Final = re.compile(
    r"\b(?:vượt(?:\s+xa(?=\s+mức))?|thấp hơn|cao hơn|chưa (?:đạt|tới|đến|chạm)|không đạt"
    r"|(?:còn )?xa|kém|gần|sát|hụt)\s+(?:(?:mức|các)\s+)?"
    r"(?:chỉ tiêu|mục tiêu|kế hoạch|kịch bản|dự toán)\b([^\d%,;:()]{0,60}?)\s*"
    # "là" may be left out before the plan's rise: "thấp hơn kế hoạch tăng từ 11%".
    r"(?:là\s*)?(?:(?:tăng trưởng|tăng|giảm)(?:\s+bình quân)?(?:\s+(?:mỗi|hằng|hàng) năm)?"
    r"\s+(?:từ\s+)?)?$"
)
_PASS_WORDS: Final = ("vượt", "hơn", "đạt", "chưa", "xa", "kém", "gần", "sát", "hụt", "thành")
# A result that met its plan, the plan's level then said as a change: "giảm 1,17%, đạt
# chỉ tiêu Quốc hội giao là giảm 1 - 1,5% mỗi năm", "hoàn thành mục tiêu giảm 2%". The
# change says the number is the plan's own; a bare "đạt kế hoạch 300 tấn" is not read so.
_RISE: Final = r"(?:tăng trưởng|tăng|giảm)(?:\s+bình quân)?(?:\s+(?:mỗi|hằng|hàng) năm)?\s+"
_REACHED_PLAN: Final = re.compile(
    r"\b(?:đạt|hoàn thành)\s+(?:các\s+)?(?:chỉ tiêu|mục tiêu|kế hoạch)\b([^\d%,;:()]{0,60}?)\s*"
    rf"(?:là\s*(?:{_RISE})?|{_RISE})(?:từ\s+)?$"
)


def names_level(low: str, start: int, quantity: Quantity) -> bool:
    """Whether the text from `start` to the number of `quantity` ends on a target's noun
    (names_target) or on a plan a result passed, then the plan's level (not a count: "đạt
    và vượt kế hoạch 16/24 chỉ tiêu" tallies the targets met; not a colon: "vượt kế
    hoạch gieo trồng: ngô 1.844 ha" lists results).

    >>> low = "tăng trưởng 9,4%, vượt mục tiêu 8,5%"
    >>> from tiendo.extract.mentions import find_quantities
    >>> names_level(low, 0, find_quantities(low, low, 0, len(low))[-1])
    True
    """
    before = low[start : quantity.lead_start]
    last = after_last_break(before[-120:])
    # names_target's window is the last 80 characters: its last break is this one when
    # that stands within them (the window's "\x00" is no break).
    window = _target_window(before)
    if _ends_on_target(window, last if len(last) < 80 else after_last_break(window)):
        return True
    if quantity.unit.kind == "count":
        return False
    # _PASSED_PLAN names the plan by one of its nouns: most figures follow none.
    if not ("tiêu" in last or "kế hoạch" in last or "dự toán" in last or "kịch bản" in last):
        return False
    if not any(word in last for word in _PASS_WORDS):
        return False
    match = _PASSED_PLAN.search(last)
    if match is None:
        reached = _REACHED_PLAN.search(last)
        # "và" may join who set the plan ("chỉ tiêu Quốc hội và Chính phủ giao là giảm"),
        # not a predicate right before the change ("đạt kế hoạch và giảm 2%").
        words = reached.group(1).split() if reached is not None else ["và"]
        return words[-1:] != ["và"] and not _DONE.search(" ".join(w for w in words if w != "và"))
    # "vượt xa chỉ tiêu với hơn 690 ha": after "với" the number is the result's own amount.
    return not _DONE.search(match.group(1)) and not _WITH.search(match.group(1))


_WITH: Final = re.compile(r"\bvới\b")


def after_last_break(text: str) -> str:
    """What follows the last ",", ";", "%" or ")" of `text` (all of it when none stands)."""
    # Two at a time, compared as native ints: max() of four boxes each and calls the builtin.
    cut = max(max(text.rfind(","), text.rfind(";")), max(text.rfind("%"), text.rfind(")")))
    return text[cut + 1 :]


# A plan met or passed, named with nothing but its source, then a parenthesis: "vượt
# chỉ tiêu Nghị quyết HĐND tỉnh (mỗi năm giảm 2%, riêng hộ dân tộc thiểu số giảm 3%)";
# the resolution alone is the plan too ("đạt 51,8% so với nghị quyết đề ra (23.600 tỷ
# đồng)").
_PLAN_BEFORE_PAREN: Final = re.compile(
    r"(?:^|[,;:]\s*|\b)(?:vượt|đạt|chưa đạt|so với|bằng|hoàn thành|nằm trong)\s+"
    r"(?:các\s+|những\s+)?(?:chỉ tiêu|mục tiêu|kế hoạch|nghị quyết)"
    r"(?:\s+(?:[^\W\d_]+|[-–])){0,16}\s*\($"
)


def levels_of_plan(before: str) -> bool:
    """True when `before` (lower-case text up to and with the "(" a figure stands in) ends
    on a plan that a result met or passed, with no number of its own between the verb and
    the plan: the parenthesis gives that plan's levels, which are targets."""
    window = before[-120:]
    # Plain look-ups first: most parentheses follow no plan.
    if "tiêu" not in window and "kế hoạch" not in window and "nghị quyết" not in window:
        return False
    return _PLAN_BEFORE_PAREN.search(window) is not None
