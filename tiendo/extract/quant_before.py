"""The words right before a number, read in place: is the number glued to them, do they
name it ("số 26", "khóa XI", "nhiệm kỳ 2021"), which bound leads it ("khoảng", "trên", "không
dưới"). Moved out of mentions.py, which reads the quantities; where a pattern or a str
method (rsplit, endswith with a start) was asked at every number, the words are read
backwards natively (quant_words.py), as tests/extract/test_quant_before.py holds.
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.char_scans import has_word_at, is_digit_at, is_letter_at, is_space_at
from tiendo.extract.figure import Bound
from tiendo.extract.lexicon import BOUND_BEFORE, NAME_BEFORE, words
from tiendo.extract.quant_words import (
    breaks_start,
    spaces_start,
    token_start,
)

_BOUND_BEFORE: Final = re.compile(
    r"(?:^|[\s(,])("
    + "|".join(sorted((re.escape(w) for w, _ in BOUND_BEFORE), key=len, reverse=True))
    + r"|từ)\s*$"
)
_BOUND_KIND: Final[dict[str, Bound]] = dict(BOUND_BEFORE)
# The last word of every bound phrase: the words right before a number are looked up
# first, and the pattern is tried only where one of them stands.
_BOUND_LAST_WORDS: Final = frozenset(word.split()[-1] for word, _ in BOUND_BEFORE) | {"từ"}
# The phrases of _BOUND_BEFORE, longest first: all end where the words before the number
# do, so the leftmost match the search found is the longest phrase standing there.
_BOUND_PHRASES: Final = tuple(
    sorted(dict.fromkeys([*(word for word, _ in BOUND_BEFORE), "từ"]), key=len, reverse=True)
)
_COMPARATIVE: Final = re.compile(r"(?:cao|thấp|nhiều|ít|lớn|nhỏ|nhanh|chậm)\s+hơn\s*$")


def attached_left(low: str, index: int, floor: int) -> bool:
    """True when the number is glued to what precedes it: 'Covid-19', '/2021', '-673'."""
    if index <= floor:
        return False
    # "(-673 ha)" is an absolute difference, "28-8" a date: neither is a figure. The code
    # point is read in place: str.isalnum() is a letter's or a digit's test, and the
    # characters are those of "/_.,-–+".
    code = ord(low[index - 1])
    return (
        is_letter_at(low, index - 1)
        or is_digit_at(low, index - 1)
        or code == 0x2F
        or code == 0x5F
        or code == 0x2E
        or code == 0x2C
        or code == 0x2D
        or code == 0x2013
        or code == 0x2B
    )


NAME_WORDS: Final = frozenset(NAME_BEFORE)
# Nouns that end in a name word but name no place or section: the number after them
# is a quantity. So do verbs whose last syllable is one ("phân loại 3.200 hồ sơ", "xếp
# loại 120 đảng viên", "thanh loại 27 đối tượng"): they sort or clear what they count.
# "(dân tộc) thiểu số" is a minority: "hộ nghèo dân tộc thiểu số 13.688 hộ" counts them.
_COMPOUNDS_OF_NAME_WORDS: Final = frozenset(
    word.replace("_", " ")
    for word in words(
        "biên_bản văn_bản phiên_bản kịch_bản xuất_bản hạng_mục danh_mục tiết_mục chuyên_mục "
        "các_loại nhiều_loại mọi_loại các_nhóm dân_số con_số cùng_kỳ "
        "phân_loại xếp_loại thanh_loại thiểu_số định_kỳ"
    )
)
_COMPOUND_LAST_WORDS: Final = frozenset(word.split()[-1] for word in _COMPOUNDS_OF_NAME_WORDS)
_NAME_LAST_WORDS: Final = frozenset(phrase.split()[-1] for phrase in NAME_BEFORE)


def named_before(low: str, floor: int, first: int) -> bool:
    """True when the words right before a number (in low[floor:first]) make it a name
    ('số 26', 'khóa XI'). The words are those of before.replace("(", " ").split(), read
    backwards in place: the last alone first, as most numbers follow no name word."""
    if first > floor and not (is_space_at(low, first - 1) or ord(low[first - 1]) == 0x28):
        return False  # glued to what precedes it: no word of its own before it
    stop = breaks_start(low, floor, first)
    begin = token_start(low, floor, stop)
    last = low[begin:stop]
    if begin == stop or last not in _NAME_LAST_WORDS:
        return False
    if last not in _COMPOUND_LAST_WORDS and last in NAME_WORDS:
        return True  # "năm 2021": no compound ends with the word, the words before it wait
    stop = breaks_start(low, floor, begin)
    begin = token_start(low, floor, stop)
    if begin == stop:  # one word
        return last not in _COMPOUNDS_OF_NAME_WORDS and last in NAME_WORDS
    two = low[begin:stop] + " " + last
    if two == "trong số":
        # "Trong số 64 dự án được bố trí vốn, …" opening a clause: among the things counted,
        # no number of a document. Inside a clause it stays what it was: in "294 trong số
        # 1.167 doanh nghiệp" or "hoàn thành 100% trong số 12 chính sách" the total after
        # a count or a share is read as "294/1.167" is, the count or share alone a figure.
        opening = low[max(0, begin - 12) : begin].rstrip()
        return bool(opening) and opening[-1] not in ",;:."  # (rstrip took any "\n" off)
    if two in _COMPOUNDS_OF_NAME_WORDS:
        return False  # "lập biên bản 41.350 trường hợp": a noun, not the village "bản 5"
    if last in NAME_WORDS or two in NAME_WORDS:
        return True
    stop = breaks_start(low, floor, begin)
    begin = token_start(low, floor, stop)
    return begin < stop and low[begin:stop] + " " + two in NAME_WORDS


def ends_with_total(low: str, floor: int, first: int) -> bool:
    """low[floor:first].rstrip().endswith("tổng số"), read in place."""
    stop = spaces_start(low, floor, first)
    return stop - 7 >= floor and has_word_at(low, stop - 7, "tổng số")


def years_counted(low: str, first: int) -> bool:
    """A number of years right before "năm" ("60 năm "), not a year's own digits: the
    search of r"(?<![\\d.,/])\\d{1,3}[ \\t]+năm[ \\t]+$" in low[first - 12:first], read
    backwards in place where low[:first] ends with "năm " (the one blank, then the word,
    the blanks before it and one to three digits with no digit, ".", "," or "/" before)."""
    floor = max(0, first - 12)
    blanks = first - 4
    while blanks > floor and (ord(low[blanks - 1]) == 0x20 or ord(low[blanks - 1]) == 0x09):
        blanks -= 1
    if blanks == first - 4:
        return False
    digits = blanks
    while digits > 0 and is_digit_at(low, digits - 1):
        digits -= 1
    if digits < floor or not 1 <= blanks - digits <= 3:
        return False
    code = ord(low[digits - 1]) if digits > 0 else 0
    return code != 0x2E and code != 0x2C and code != 0x2F


# "độ" is "about" on its own ("độ 500 ha"), a noun's second syllable after these: what is
# measured, not how roughly ("mật độ", "tiến độ", "nhiệt độ", "tốc độ", "nồng độ").
_DEGREE_NOUN: Final = re.compile(
    r"\b(?:mật|tiến|nhiệt|tốc|trình|nồng|mức|cường|chế|thái|cao|niên|vĩ|kinh|góc|điều)"
    r" độ$"
)


def bound_before(low: str, index: int, floor: int) -> tuple[Bound | None, int, bool]:
    """The bound word right before a number: (bound, where it starts, was it 'từ')."""
    # The search of _BOUND_BEFORE in low[lowest:index], read in place: the last word (cut
    # after a "(" or ","), then the longest phrase that ends with it after a blank, "(",
    # "," or the window's start.
    lowest = max(floor, index - 30)
    stop = spaces_start(low, lowest, index)
    begin = token_start(low, lowest, stop, True)
    if begin == stop or low[begin:stop] not in _BOUND_LAST_WORDS:
        return None, index, False
    word = ""
    start = index
    for phrase in _BOUND_PHRASES:
        at = stop - len(phrase)
        if (
            at >= lowest
            and has_word_at(low, at, phrase)
            and (at == lowest or is_space_at(low, at - 1) or ord(low[at - 1]) in (0x28, 0x2C))
        ):
            word, start = phrase, at
            break
    if not word:
        return None, index, False
    if word == "từ":
        return None, start, True
    if word == "hơn" and _COMPARATIVE.search(low[lowest:stop]):
        return None, index, False
    if word == "độ" and _DEGREE_NOUN.search(low, lowest, stop):
        return None, index, False  # "mật độ 51,86 người/km2", "vượt tiến độ 25%": a noun
    # "tăng hơn 1%": the bound belongs to a comparison, but the words still lead it.
    return _BOUND_KIND.get(word), start, False


# A rough word before another bound word: "khoảng từ 7,5 - 8,5%", "khoảng trên 5 ngàn
# thẻ": the amount is put roughly, whatever the second word says.
_ROUGH_BEFORE: Final = re.compile(r"(?:^|(?<=[\s(,]))(?:khoảng|xấp xỉ|chừng)\s+$")


def rough_before(low: str, lead_start: int, floor: int) -> int | None:
    """Where "khoảng" (or "xấp xỉ", "chừng") starts right before the bound word at
    `lead_start`, if it stands there.

    >>> rough_before("đạt khoảng từ 7,5", 11, 0), rough_before("đạt từ 7,5", 4, 0)
    (4, None)
    """
    start = max(floor, lead_start - 10)
    before = low[start:lead_start]
    # Plain look-ups first: most bound words follow none of these.
    if "khoảng" not in before and "xấp xỉ" not in before and "chừng" not in before:
        return None
    match = _ROUGH_BEFORE.search(low, start, lead_start)
    return match.start() if match else None


# The population a count is given for, after "bình quân": "số bác sĩ bình quân 1 vạn dân
# là 15 người", "bình quân 10.000 dân có 28 giường bệnh" (a round number only).
_ROUND: Final = frozenset((1.0, 10.0, 100.0, 1000.0, 10000.0, 100000.0))


def per_lead(low: str, lead_start: int, first: int, value: float = 0.0) -> bool:
    """low[lead_start:first].startswith(("trên", "/")), read in place; or a round `value`
    right after "bình quân"."""
    if lead_start + 4 <= first and has_word_at(low, lead_start, "trên"):
        return True
    if lead_start < first and ord(low[lead_start]) == 0x2F:
        return True
    start = lead_start - 10  # "bình quân "
    return (
        value in _ROUND
        and start >= 0
        and has_word_at(low, start, "bình quân")
        and is_space_at(low, lead_start - 1)
        and not (start > 0 and is_letter_at(low, start - 1))
    )
