"""The words of a clause that the confidence signs look for ("kế hoạch", "lần lượt",
"ước", ...), found in one native pass over the clause instead of a search of the whole
clause for each word; and the words that may stand between an indicator and its number
(confidence._TO_NUMBER), read one after another.

Each word holds a letter outside ASCII that the pass stops at (the "ế" of "kế hoạch",
the "ầ" of "lần lượt"); there the word is compared, code point by code point, with the
text around it. A word found by `word in clause` holds its letter at its place, so the
pass finds every word the searches found, and no other (tests/extract/test_conf_words.py
holds it to confidence's searches).

>>> clause_words("đạt 86,6% kế hoạch, trong đó ước đạt 5 tỷ")
(True, True, False, True, False)
>>> clause_words("dự kiến lần lượt là 5 và 7")
(True, False, True, False, True)
>>> number_follows("sản lượng ước đạt 5", 9), number_follows("sản lượng ước tính là 5", 9)
(True, True)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tiendo.extract.char_scans import has_word_at
from tiendo.extract.conf_scans import digit_at, space_at

if TYPE_CHECKING:
    from mypy_extensions import i64  # compiled as a native 64-bit int; an int when run


def _lone_word_at(text: str, at: int, word: str) -> bool:
    """`word` at `at`, with a space or an end of the text on each side: what
    `f" {word} " in f" {text} "` finds there."""
    if not has_word_at(text, at, word):
        return False
    end: i64 = at + len(word)
    before: i64 = at - 1
    return (before < 0 or ord(text[before]) == 0x20) and (
        end >= len(text) or ord(text[end]) == 0x20
    )


def clause_words(clause: str) -> tuple[bool, bool, bool, bool, bool]:
    """In a lower-case clause: (an estimate's word: " ước " with the clause's ends as
    spaces, "dự kiến" or "dự ước"; a target's word: "kế hoạch", "chỉ tiêu", "mục tiêu",
    "phấn đấu" or "đến năm"; "lần lượt"; a breakdown's word: "trong đó", "gồm", "riêng"
    or "cụ thể"; "dự kiến")."""
    estimate = target = respectively = breakdown = planned = False
    size: i64 = len(clause)
    index: i64 = 0
    while index < size:
        code: i64 = ord(clause[index])
        if code < 0xEA:  # every letter stopped at is "ê" (U+00EA) or beyond
            index += 1
            continue
        if code == 0x1EBF:  # ế
            if not target and (
                has_word_at(clause, index - 1, "kế hoạch")
                or has_word_at(clause, index - 1, "đến năm")
            ):
                target = True
        elif code == 0x1EC9:  # ỉ
            if not target and has_word_at(clause, index - 2, "chỉ tiêu"):
                target = True
        elif code == 0x1EE5:  # ụ
            if not target and has_word_at(clause, index - 1, "mục tiêu"):
                target = True
            if not breakdown and has_word_at(clause, index - 1, "cụ thể"):
                breakdown = True
        elif code == 0x1EA5:  # ấ
            if not target and has_word_at(clause, index - 2, "phấn đấu"):
                target = True
        elif code == 0x1EDB:  # ớ
            if not estimate and _lone_word_at(clause, index - 1, "ước"):
                estimate = True
        elif code == 0x1EF1:  # ự
            if not planned and has_word_at(clause, index - 1, "dự kiến"):
                planned = estimate = True
            if not estimate and has_word_at(clause, index - 1, "dự ước"):
                estimate = True
        elif code == 0x1EA7:  # ầ
            if not respectively and has_word_at(clause, index - 1, "lần lượt"):
                respectively = True
        elif code == 0xF3:  # ó
            if not breakdown and has_word_at(clause, index - 7, "trong đó"):
                breakdown = True
        elif code == 0x1ED3:  # ồ
            if not breakdown and has_word_at(clause, index - 1, "gồm"):
                breakdown = True
        elif code == 0xEA and not breakdown and has_word_at(clause, index - 2, "riêng"):  # ê
            breakdown = True
        index += 1
    return estimate, target, respectively, breakdown, planned


def _unit(text: str, at: int, word: str) -> int:
    """Where the blanks after `word` at `at` end, -1 if `word` does not stand there
    followed by a blank ("\\s+")."""
    if not has_word_at(text, at, word):
        return -1
    size: i64 = len(text)
    end: i64 = at + len(word)
    if end >= size or not space_at(text, end):
        return -1
    while end < size and space_at(text, end):
        end += 1
    return end


def _after_verb_word(text: str, at: int) -> int:
    """Where the blanks after the word of _TO_NUMBER's list at `at` end, -1 if none
    stands there: told by its first letter, "ước tính" tried before "ước" (after
    "ước", "tính" could not go on; "thực hiện" and "đạt" go on as words of their own)."""
    code: i64 = ord(text[at])
    end = -1
    if code == 0x1B0:  # ư
        end = _unit(text, at, "ước tính")
        if end < 0:
            end = _unit(text, at, "ước")
    elif code == 0x111:  # đ
        end = _unit(text, at, "đạt")
        if end < 0:
            end = _unit(text, at, "được")
        if end < 0:
            end = _unit(text, at, "đến")
        if end < 0:
            end = _unit(text, at, "đã")
    elif code == 0x6C:  # l
        end = _unit(text, at, "là")
        if end < 0:
            end = _unit(text, at, "lên")
    elif code == 0x63:  # c
        end = _unit(text, at, "có")
        if end < 0:
            end = _unit(text, at, "còn")
        if end < 0:
            end = _unit(text, at, "chỉ")
        if end < 0:
            end = _unit(text, at, "chiếm")
    elif code == 0x74:  # t
        end = _unit(text, at, "tới")
        if end < 0:
            end = _unit(text, at, "trên")
        if end < 0:
            end = _unit(text, at, "thực hiện")
    elif code == 0x78:  # x
        end = _unit(text, at, "xuống")
    elif code == 0x6B:  # k
        end = _unit(text, at, "khoảng")
    elif code == 0x67:  # g
        end = _unit(text, at, "gần")
    elif code == 0x68:  # h
        end = _unit(text, at, "hơn")
    elif code == 0x64:  # d
        end = _unit(text, at, "dưới")
    elif code == 0x6D:  # m
        end = _unit(text, at, "mới")
    elif code == 0x62:  # b
        end = _unit(text, at, "bằng")
    return end


def number_follows(text: str, at: int) -> bool:
    """`confidence._TO_NUMBER.match(text, at) is not None`: after blanks, words of its
    list ("ước đạt", "là", "hơn", ...) each followed by blanks, then a digit. Only
    "ước" opens other words of the list, so one word at most can go on from a place and
    the words are read one after another, without going back."""
    size: i64 = len(text)
    index: i64 = at
    while index < size and space_at(text, index):
        index += 1
    while index < size:
        if digit_at(text, index):
            return True
        end = _after_verb_word(text, index)
        if end < 0:
            return False
        index = end
    return False
