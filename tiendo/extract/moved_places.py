"""Places listed each with a move between two levels of a rate named before them.

"Tỷ lệ hộ nghèo ... 15,5%. ... sau Lai Châu là Hà Tĩnh, từ 31,5% xuống còn 5,9%; Hòa Bình
giảm từ 32,5% xuống 8,2%": each place's two levels are of the rate the passage named last
("tỷ lệ hộ nghèo"), for that place. The words of the move ("xuống còn") name nothing, and
the scope the rate was first said over ("toàn tỉnh", "cả nước") is not the place's.

>>> place_before("sau lai châu là hà tĩnh, từ ", "sau Lai Châu là Hà Tĩnh, từ ")
'Hà Tĩnh'
>>> place_before("; huyện sìn hồ giảm từ ", "; huyện Sìn Hồ giảm từ ")
'huyện Sìn Hồ'
>>> rate_without_scope("Tỷ lệ hộ nghèo toàn tỉnh")
'Tỷ lệ hộ nghèo'
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.said_names import SaidNames

_MOVE_WORDS: Final = frozenset(("xuống", "lên", "còn", "mức", "tới", "đến", "từ", "giảm", "tăng"))
# The item's end before its first level: "Hà Tĩnh, từ", "huyện Sìn Hồ giảm từ".
_PLACE_END: Final = re.compile(r"(?:\s+(?:giảm|tăng|đi|hạ))?,?\s+từ\s*$")
# Where the item opens: the last break before its place.
_BREAK = re.compile(r".*(?:[.;,:(]|\slà\s)")
_PLACE_OPENERS: Final = ("huyện ", "tỉnh ", "xã ", "vùng ", "thành phố ", "thị xã ", "quận ", "tp ")
_RATE: Final = re.compile(r"^(?:tỷ|tỉ) (?:lệ|trọng)\s", re.IGNORECASE)
_SCOPE: Final = re.compile(
    r"\s+(?:của\s+)?(?:cả nước|toàn quốc|toàn tỉnh|toàn huyện|của tỉnh|tỉnh|huyện)$",
    re.IGNORECASE,
)
_LOOK_BACK: Final = 30  # names said: a rate named further back is no head of this list
# A first level opens with "từ"; its second level is said after it, in the same item.
_FIRST_LEVEL: Final = re.compile(r"\stừ\s*$")
_SECOND_LEVEL: Final = re.compile(r"\stừ\s*[\d.,]+\s*%\s*(?:năm\s+\d{4}\s*)?(?:xuống|lên)[^;,]*$")


def place_before(low: str, norm: str) -> str:
    """The place named before "từ" at the end of `low` (`norm` written as is), or ""."""
    end = _PLACE_END.search(low)
    if end is None:
        return ""
    opened = _BREAK.match(low, 0, end.start())
    begin = opened.end() if opened else 0
    place = " ".join(norm[begin : end.start()].split())
    if not 1 <= len(place.split()) <= 6:
        return ""
    if not place[:1].isupper() and not place.lower().startswith(_PLACE_OPENERS):
        return ""
    return place


def rate_without_scope(name: str) -> str:
    """The rate's name without the whole it was said over."""
    return _SCOPE.sub("", name)


def moved_place(draft: Draft, named: str, said: SaidNames, text: tuple[str, str]) -> str:
    """'tỷ lệ hộ nghèo Hà Tĩnh' for a level named only by the words of its move, or ''."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.text != "%":
        return ""
    words = named.lower().split()
    if not words:
        return ""
    # Named by its move alone, or by the rate with the last item's place left before its
    # own ("Tỷ lệ hộ nghèo Huyện Mường Tè huyện Sìn Hồ").
    bare = all(w in _MOVE_WORDS for w in words)
    if not bare and not (_RATE.match(named) and named.split()[-1][:1].isupper()):
        return ""  # the cheap test first
    low, norm = text
    start = max(0, quantity.lead_start - 120)
    before = low[start : quantity.start]
    second = _SECOND_LEVEL.search(before)
    if second is not None:
        end = start + second.start() + len(" từ ")  # the place of the first level
    elif _FIRST_LEVEL.search(before):
        end = quantity.start
    else:
        return ""
    place = place_before(low[start:end].rstrip() + " ", norm[start:end].rstrip() + " ")
    if not place:
        return ""
    if not bare:
        head = named[: len(named) - len(place)].rstrip()
        if not named.endswith(" " + place) or not head.split()[-1][:1].isupper():
            return ""
    names = said.names
    for name in reversed(names[-_LOOK_BACK:]):
        # The rate as the list's head said it, not as an item named it with its place.
        if _RATE.match(name) and not name.split()[-1][:1].isupper():
            return f"{rate_without_scope(name)} {place}"
    return ""
