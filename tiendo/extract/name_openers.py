"""Whether a figure's name opens with a word that one of the late rules on names reads
(`late_names`): most names open with none, and those rules are then not asked.

>>> opens_with_opener("giảm tỷ lệ hộ nghèo"), opens_with_opener("doanh thu du lịch")
(True, False)
>>> opens_with_opener("sản lượng lúa"), opens_with_opener("sản lượng lúa của bảy xã miền núi")
(True, False)
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.name_case import lower_name

# The words (or their starts) that open every name the patterns on `named` can match:
# each pattern opens at the name's start (after blanks, which some of them strip) with one
# of these words.
# _BROUGHT, _SHARE_HAS and _SHARE_OF_PEOPLE match names of any length; the others (_PER_YEAR,
# _PLAN_WORD, _WORKED_AREA, _BARE_FLOW in late_names; bare_measure, of_counted, of_thing_before,
# criteria_met elsewhere) hold the whole name, six words at most ("diện tích tổng mức đầu
# tư"), so a longer name is asked of none of them.
# _OPENING opens names of any length, _OPENING_SHORT names of six words at most; the pattern
# is written from these lists. (No word is the start of another: a name opens with one of
# them at most.)
_OPENING: Final = ("phấn", "tiếp", "qua", "giảm", "hạ", "kéo", "tăng", "giữ", "tỷ", "tỉ")
_OPENING_SHORT: Final = (
    "bình", "mỗi", "hằng", "hàng", "diện", "sản", "năng", "giá", "mục", "kế", "chỉ", "tổng",
    "vốn", "kinh", "quy", "trị", "công", "thu", "chi", "cả", "tiêu", "cho",
)  # fmt: skip
NAME_OPENERS: Final = re.compile(
    rf"\s*(?:{'|'.join(_OPENING)}"
    # (the word first, then the count of words: most names open with none of them)
    rf"|(?={'|'.join(_OPENING_SHORT)})(?=(?:\S+\s+){{0,5}}\S*\s*$))",  # six words at most
    re.IGNORECASE,
)
# The same words, read as plain starts of the lowered name, under their first two letters.
_BY_START: Final[dict[str, list[tuple[str, bool]]]] = {}
for _word in _OPENING + _OPENING_SHORT:
    _BY_START.setdefault(_word[:2], []).append((_word, _word in _OPENING))


def opens_with_opener(named: str) -> bool:
    """Whether NAME_OPENERS matches `named`, told without the pattern: a call into `re`
    costs more than a look at the lowered start. ("İ", "ı" and "ſ" are "i" and "s" to a
    pattern that ignores case, and lower otherwise: a name whose first four letters, the
    longest word's, hold one asks the pattern.)"""
    head = named.lstrip()
    start = head[:4]
    if "\u0130" in start or "\u0131" in start or "\u017f" in start:
        return NAME_OPENERS.match(named) is not None
    lowered = lower_name(head)
    for word, any_length in _BY_START.get(lowered[:2], []):
        if lowered.startswith(word):
            return any_length or len(head.split(None, 6)) <= 6
    return False
