"""Native reads of the words after a quantity's unit, for the patterns tails.read_tail
asked at every quantity: where the first hard stop stands, where a stop word can start,
where the next digit is, the comma-separated chunk that continues a counted noun.

Each answers as the pattern it stands in for (tests/extract/test_quant_tails.py), or
says where that pattern can first match, so that it is asked from there or not at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tiendo.extract.char_scans import (
    after_blanks,
    has_word_at,
    is_digit_at,
    is_space_at,
    is_space_code,
)

if TYPE_CHECKING:
    from mypy_extensions import i64  # compiled as a native 64-bit int; an int when run


def _is_hard(code: int) -> bool:
    """A character of tails._HARD_STOP, "[,;:.()\\n\\"“”]"."""
    return (
        code == 0x2C
        or code == 0x2E
        or code == 0x3B
        or code == 0x3A
        or code == 0x28
        or code == 0x29
        or code == 0x0A
        or code == 0x22
        or code == 0x201C
        or code == 0x201D
    )


def hard_stop_at(text: str, start: int, end: int) -> int:
    """Where _HARD_STOP.search(text[start:end]) matches (an index of text), or `end` (at
    least `start`) for no match."""
    index: i64 = start
    stop: i64 = end
    while index < stop and not _is_hard(ord(text[index])):
        index += 1
    return index


def first_digit(text: str, start: int, end: int) -> int:
    """Where the first character "\\d" matches in text[start:end] stands, -1 for none."""
    index: i64 = start
    stop: i64 = end
    while index < stop:
        if is_digit_at(text, index):
            return index
        index += 1
    return -1


def _stop_word_at(text: str, index: int) -> bool:
    """True when a word _TAIL_STOP's alternatives open with ("so", "tăng", "trong", "và",
    ...) starts at `index`: read by its first letter, then the few words it opens."""
    if index >= len(text):
        return False
    code = ord(text[index])
    if code == 0x73:  # s
        return has_word_at(text, index, "so")
    if code == 0x74:  # t
        return (
            has_word_at(text, index, "tăng")
            or has_word_at(text, index, "trong")
            or has_word_at(text, index, "trở")
            or has_word_at(text, index, "tương đương")
            or has_word_at(text, index, "tới")
        )
    if code == 0x67:  # g
        return has_word_at(text, index, "giảm")
    if code == 0x62:  # b
        return has_word_at(text, index, "bằng")
    if code == 0x6E:  # n
        return (
            has_word_at(text, index, "nhưng")
            or has_word_at(text, index, "nhằm")
            or has_word_at(text, index, "năm")
        )
    if code == 0x76:  # v ("và" opens "vào" too)
        return has_word_at(text, index, "và") or has_word_at(text, index, "với")
    if code == 0x63:  # c
        return has_word_at(text, index, "cùng") or has_word_at(text, index, "chiếm")
    if code == 0x111:  # đ
        return (
            has_word_at(text, index, "để")
            or has_word_at(text, index, "đồng thời")
            or has_word_at(text, index, "đến")
        )
    return False


def stop_start(window: str) -> int:
    """The first place a match of tails._TAIL_STOP can start in a window that holds no
    hard stop, -1 for none: a blank right before a word its alternatives open with, or
    the blanks that open the window before "và" ("^\\s+và"). A search from there finds
    the match a search from the window's start found."""
    index: i64 = 0
    size: i64 = len(window)
    while index < size:
        if is_space_at(window, index):
            if _stop_word_at(window, index + 1):
                return index
            if index == 0:
                opened: i64 = 1
                while opened < size and is_space_at(window, opened):
                    opened += 1
                if has_word_at(window, opened, "và"):
                    return 0
        index += 1
    return -1


def _is_chunk_char(text: str, index: int, code: int) -> bool:
    """Whether text[index], of code point `code`, is a character of "[^,;:.()\\d\\n]"."""
    if (
        code == 0x2C
        or code == 0x3B
        or code == 0x3A
        or code == 0x2E
        or code == 0x28
        or code == 0x29
        or code == 0x0A
    ):
        return False
    return not is_digit_at(text, index)


def _chunk_ends(text: str, index: int) -> bool:
    """Where "(?=[,;.]|\\svà\\s|$)" holds (the text's end, or a newline that ends it)."""
    size = len(text)
    if index >= size:
        return True
    return _chunk_ends_at(text, index, ord(text[index]), size)


def _chunk_ends_at(text: str, index: int, code: int, size: int) -> bool:
    """_chunk_ends where text[index] (index < size) is of code point `code`."""
    if code == 0x2C or code == 0x3B or code == 0x2E:
        return True
    if code == 0x0A and index == size - 1:
        return True
    return (
        is_space_code(code)
        and has_word_at(text, index + 1, "và")
        and index + 3 < size
        and is_space_at(text, index + 3)
    )


def chunk_at(text: str, at: int) -> tuple[int, int] | None:
    """The span of group 1 of tails._TAIL_CHUNK.match(text, at), where the match ends
    too; None for none. After the comma and its blanks, the fewest characters of the
    class (one to sixty) that the look-ahead holds after; failing that, the engine gave
    the blanks back one by one, and the group started on them."""
    if at >= len(text) or ord(text[at]) != 0x2C:
        return None
    size: i64 = len(text)
    opened: i64 = after_blanks(text, at + 1, len(text))
    index: i64 = opened
    limit: i64 = min(opened + 60, size)
    code = ord(text[index]) if index < size else 0
    while index < limit and _is_chunk_char(text, index, code):
        index += 1
        if index >= size:
            return opened, index  # "$"
        code = ord(text[index])  # read once: the look-ahead's, then the class's
        if _chunk_ends_at(text, index, code, size):
            return opened, index
    # The blanks given back: a group that starts on them ends at a place up to `opened`
    # (one further had ended the group from `opened`), and only the place right after
    # its first blank is new at each step.
    start: i64 = opened - 1
    while start > at:
        if _chunk_ends(text, start + 1):
            return start, start + 1
        start -= 1
    return None
