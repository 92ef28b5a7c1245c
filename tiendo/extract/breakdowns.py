"""Breakdowns: a whole stated first, then its parts named bare.

"GRDP tăng 5,03%, trong đó khu vực dịch vụ tăng 6,74%, công nghiệp - xây dựng tăng
6,16%": each part rises in the same measure as the whole, so "khu vực dịch vụ" alone
names the sector, and the measure is "GRDP khu vực dịch vụ".

>>> low = "chỉ số sản xuất tăng 5%, trong đó khai khoáng tăng 3%, chế biến tăng 6%"
>>> marker_before(low, 0, low.index("chế biến"))
23
>>> names_measure("khu vực dịch vụ"), names_measure("giá trị sản xuất lâm nghiệp")
(False, True)
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.abbreviations import CAPITALS
from tiendo.extract.clauses import Draft
from tiendo.extract.lexicon import BREAKDOWN_MARKERS
from tiendo.extract.name_case import lower_name

# Where a breakdown opens: "trong đó", "gồm", "cụ thể" after a comma or a semicolon, or a
# colon after a figure ("IIP ước tăng 17,31%: khai khoáng tăng 18,91%, ...").
# "riêng" sets one part apart: "IIP tăng 7,4%, riêng ngành khai khoáng giảm 6,3%".
_MARKER: Final = re.compile(rf"(?:[,;(]\s*(?:{BREAKDOWN_MARKERS}|riêng)\b|:)")
# Words that name a measure by themselves: a part that has one is not bare.
_MEASURE_NAMES: Final = (
    "chỉ số|giá trị|tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng|tổng|sản lượng|diện tích|năng suất|doanh thu|"
    "kim ngạch|thu|chi|vốn|grdp|gdp|iip|cpi|số|lượng|mức|tốc độ|thu nhập|dư nợ|khối lượng|"
    "trị giá|lượt|khách|giải ngân|đóng góp|xuất siêu|nhập siêu"
)
# Each word with the letter before it ruled out behind it: the same matches as a look-behind
# in front of them all, but a search skips to the words' first letters. Asked only of the
# few names with more than letters and blanks (names_measure), it is compiled (and kept
# in re's cache) at the first of them, not at start-up.
MEASURE_NAME: Final = "|".join(
    rf"{word}(?<![^\W\d_]{word})(?![^\W\d_])" for word in _MEASURE_NAMES.split("|")
)
_ABBREVIATION: Final = re.compile(rf"\s*\({CAPITALS}\)")


def _second_words(names: list[str]) -> dict[str, list[str]]:
    """The second word of each name of two words, by its first."""
    seconds: dict[str, list[str]] = {}
    for first, second in (name.split(" ") for name in names if " " in name):
        seconds.setdefault(first, []).append(second)
    return seconds


# The same words looked up whole: those of one word, and those of two by their first.
_MEASURE_WORDS: Final = frozenset(w for w in _MEASURE_NAMES.split("|") if " " not in w)
_MEASURE_PAIRS: Final = _second_words(_MEASURE_NAMES.split("|"))


def marker_before(low: str, floor: int, end: int) -> int:
    """Where the last breakdown marker between `floor` and `end` starts, or -1."""
    found = -1
    for match in _MARKER.finditer(low, floor, end):
        found = match.start()
    return found


def _set_apart_from(low: str, earlier: list[Draft], sentence_start: int, marker: int) -> int:
    """The marker that opened the breakdown a "riêng" at `marker` goes on with, or `marker`.

    "IIP tăng 7,4%, trong đó khai khoáng tăng 3,1%, chế biến tăng 8,2%; riêng sản xuất
    điện tăng 2,5%": the part set apart is one more part of the same whole, not a part of
    the part named last."""
    if "riêng" not in low[marker : marker + 12]:
        return marker
    opening = marker_before(low, sentence_start, marker)
    if opening < 0:
        return marker
    between = [d for d in earlier if opening < d.anchor < marker and not d.in_paren]
    if between and all(d.quantity is None for d in between):
        return opening
    return marker


# The last name asked and its answer, replaced whole: a figure's name is asked of twice
# (naming.py, then sibling_items.py), the second time as an equal string.
_LAST_ASKED: Final[list[tuple[str, bool]]] = [("", False)]


def names_measure(indicator: str) -> bool:
    """True when the words name a measure of their own, not only a part of a whole."""
    last = _LAST_ASKED[0]
    if indicator == last[0]:
        return last[1]
    named = _names_measure(indicator)
    _LAST_ASKED[0] = (indicator, named)
    return named


def _names_measure(indicator: str) -> bool:
    lowered = lower_name(indicator)
    # Word by word first: a word (or two) of the list standing whole between spaces is a
    # match; where every word is letters only, the spaces are the only boundaries, so no
    # word found is no match. Else (a digit, a comma, a bracket) the pattern answers.
    words = lowered.split(" ")
    letters_only = True
    for index, word in enumerate(words):
        if word in _MEASURE_WORDS:
            return True
        seconds = _MEASURE_PAIRS.get(word)
        if seconds is not None and index + 1 < len(words) and words[index + 1] in seconds:
            return True
        if letters_only and not word.isalpha():
            letters_only = False
    return not letters_only and re.search(MEASURE_NAME, lowered) is not None


_POINTS: Final = ("điểm phần trăm", "điểm %")


def whole_of(low: str, earlier: list[Draft], draft: Draft, sentence_start: int) -> str:
    """The measure of the whole a bare part breaks down, or "".

    `earlier` are the figures of the sentence before `draft`. The part is a rise or fall
    stated without a level ("dịch vụ tăng 6,74%"); the whole is the figure just before the
    breakdown marker, and every figure between the marker and the part is a part too."""
    earlier = [d for d in earlier if d.anchor < draft.anchor]
    if draft.quantity is not None or not earlier:
        return ""
    marker = marker_before(low, sentence_start, draft.anchor)
    if marker < 0:
        return ""
    marker = _set_apart_from(low, earlier, sentence_start, marker)
    wholes = [d for d in earlier if d.anchor < marker]
    parts = [d for d in earlier if d.anchor > marker and not d.in_paren]  # not "(31,1%)"
    if not wholes or any(d.quantity is not None for d in parts):
        return ""
    # "…, tăng 11,60%, đóng góp 4,96 điểm phần trăm; trong đó ngành công nghiệp tăng …":
    # a contribution to growth is said of the whole, and no part breaks it down.
    shares = [d for d in wholes if d.quantity is None or d.quantity.unit.text not in _POINTS]
    whole = (shares or wholes)[-1]
    named = _ABBREVIATION.sub("", whole.head or whole.indicator)  # "chỉ số ... (IIP)"
    return named if names_measure(named) else ""


# The measure at the head of a whole stated as an amount ("Giá trị sản xuất nông, lâm
# nghiệp và thủy sản"): the words its parts share, without what the whole covers.
_LEVEL_HEAD: Final = re.compile(
    r"^(?:tổng\s+)?(?P<head>giá trị sản xuất|giá trị xuất khẩu|giá trị|doanh thu|"
    r"kim ngạch xuất khẩu|kim ngạch nhập khẩu|kim ngạch|vốn đầu tư|dư nợ|thu nhập|trị giá|"
    r"tổng mức bán lẻ)"
    r"(?![^\W\d_])",  # a part of a total is no total: "tổng" stays with the whole
    re.IGNORECASE,
)


def level_head_of(low: str, earlier: list[Draft], draft: Draft, sentence_start: int) -> str:
    """The measure of the whole an amount named only by its part breaks down, or "".

    "Giá trị sản xuất ... đạt 12.450 tỷ đồng; trong đó nông nghiệp 9.800 tỷ đồng, lâm
    nghiệp 1.250 tỷ đồng": each part is an amount in the whole's measure ("giá trị sản
    xuất lâm nghiệp"), named once at the head of the list. Only amounts of money, in the
    unit kind of the whole, and parts that are all amounts of that kind."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.kind != "money":
        return ""
    earlier = [d for d in earlier if d.anchor < draft.anchor]
    marker = marker_before(low, sentence_start, draft.anchor)
    wholes = [d for d in earlier if d.anchor < marker and d.quantity is not None]
    if marker < 0 or not wholes or wholes[-1].quantity is None:
        return ""
    if wholes[-1].quantity.unit.kind != "money":
        return ""
    parts = [d for d in earlier if d.anchor > marker and not d.in_paren]
    if any(d.quantity is None or d.quantity.unit.kind != "money" for d in parts):
        return ""
    head = _LEVEL_HEAD.match(wholes[-1].head or wholes[-1].indicator)
    return head.group("head").lower() if head else ""
