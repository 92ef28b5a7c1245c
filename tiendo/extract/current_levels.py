"""The level an aim starts from, said to be today's: "nâng tỷ lệ gỗ xẻ từ mức 25% - 30%
hiện nay lên trên 60%". Among targets, the first level of a shift dated "hiện nay" (or
"hiện tại") is where things stand now, a result; only the level after "lên"/"xuống" is
aimed at.

>>> text = "nâng tỷ lệ đô thị hóa từ 32% hiện nay lên 45%"
>>> level_now(text, text.index("32"), text.index("32") + 3)
True
>>> level_now(text, text.index("45"), text.index("45") + 3)
False

A clause that dates its own level now states where things stand, whatever forecast the
clause before it made: "sản lượng có khả năng vượt 550.000 tấn, trong khi giá cà phê hiện ở
mức 118.000 đồng/kg" gives today's price, a result (stands_now).

>>> text = "sản lượng có khả năng vượt 550.000 tấn, trong khi giá hiện ở mức 118.000 đồng/kg"
>>> stands_now(text, 0, text.index("118")), stands_now(text, 0, text.index("550"))
(True, False)
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.quantities import Quantity

# "từ" (or "từ mức") right before the number.
_FROM: Final = re.compile(r"\btừ(?:\s+mức)?\s*$")
# After the level: its time, now, then the move to the aimed level.
_NOW_THEN_MOVE: Final = re.compile(
    r"\s*(?:[^\d\s,;.()]+\s+){0,2}?hiện (?:nay|tại|giờ)\s+(?:lên|xuống)\b"
)


def level_now(low: str, number_start: int, unit_end: int) -> bool:
    """True for the number at `number_start` (its unit ending at `unit_end`) when it is the
    first level of a shift ("từ A hiện nay lên B"), dated now."""
    window = max(0, number_start - 12)
    # Every match holds "từ": a plain look-up first (the pattern opens with a boundary).
    if low.find("từ", window, number_start) < 0 or _FROM.search(low, window, number_start) is None:
        return False
    return _NOW_THEN_MOVE.match(low, unit_end) is not None


# "hiện" as a time of its own ("thực hiện", "phát hiện", "biểu hiện", "hiện hành", "hiện
# đại", "hiện tượng", "hiện diện" are other words), then the words up to the number: no aim,
# move or forecast between.
_NOW_WORD: Final = re.compile(
    r"(?<!thực )(?<!phát )(?<!thể )(?<!xuất )(?<!biểu )(?<!tái )\bhiện\b"
    r"(?! hành| đại| trường| vật| thực| tượng| diện)"
)
_AIMED_AFTER: Final = re.compile(
    r"\b(?:lên|xuống|sẽ|phấn đấu|dự kiến|kế hoạch|mục tiêu|chỉ tiêu|ước|đến năm)\b"
)

_LEAD_INS: Final = frozenset(("trong", "khi", "còn", "và", "nhưng", "song", "mà"))


def stands_now(low: str, sentence_start: int, number_start: int) -> bool:
    """True when the clause of the number at `number_start` (from the last ",", ";" or ":"
    before it) dates it "hiện", with no other number, aim or move between: the level as
    it stands now."""
    # Plain look-ups first: few clauses say "hiện" ("thực hiện" is read out below).
    last = low.rfind("hiện", sentence_start, number_start)
    if last < 0 or any(low.find(mark, last, number_start) >= 0 for mark in ",;:"):
        return False  # no "hiện", or only in a clause before the number's
    opened = max(
        low.rfind(",", sentence_start, last),
        low.rfind(";", sentence_start, last),
        low.rfind(":", sentence_start, last),
    )
    start = max(opened + 1, sentence_start)
    found = [match.span() for match in _NOW_WORD.finditer(low, start, number_start)]
    if not found:
        return False
    now_start, now_end = found[-1]  # the last "hiện" before the number
    # A subject of its own before "hiện" ("trong khi giá cà phê hiện ở mức"); a share said
    # of the subject before ("..., hiện chiếm 24%") goes on with that figure's kind.
    subject = [word for word in low[start:now_start].split() if word not in _LEAD_INS]
    if not subject:
        return False
    between = low[now_end:number_start]
    return not any(c.isdigit() for c in between) and _AIMED_AFTER.search(between) is None


def is_now_level(
    low: str, sentence_start: int, quantity: Quantity, cue: str | None, own_cue: str | None
) -> bool:
    """True for a level dated now: the first level of an aimed shift (level_now), unless
    estimated, or a level its own clause dates "hiện" with no kind word of its own
    (stands_now), after a forecast too."""
    if cue != "estimate" and level_now(low, quantity.start, quantity.unit.end):
        return True
    return own_cue is None and stands_now(low, sentence_start, quantity.start)
