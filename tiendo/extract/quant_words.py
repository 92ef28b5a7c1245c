"""Native looks at the words around a number, for the questions mentions.py, units.py and
tails.py asked a pattern or a string method (rsplit, endswith with a start) at every
number: which word ends right before it, does a word of a list stand at a place, is the
character there a blank or a word's.

Compiled, `ord(text[index])` reads a code point in place and an `i64` index is a machine
integer, while a pattern call costs a couple of thousand instructions and a str method
with a start is a Python method call. Each function says which pattern or method it
answers as; tests/extract/test_quant_words.py holds them to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tiendo.extract.char_scans import has_word_at, is_digit_at, is_letter_at, is_space_code

if TYPE_CHECKING:
    from mypy_extensions import i64  # compiled as a native 64-bit int; an int when run


def is_word_char_at(text: str, index: int) -> bool:
    """True when text[index] stands (index < len(text)) and is what "[^\\W_]" matches (a
    letter or a digit of any script): a pattern's "(?![^\\W_])" holds where this is
    False."""
    return index < len(text) and (is_letter_at(text, index) or is_digit_at(text, index))


def spaces_start(text: str, floor: int, end: int) -> int:
    """Where the whitespace that ends text[floor:end] starts: floor + the length of
    text[floor:end].rstrip()."""
    index: i64 = end
    low: i64 = floor
    while index > low and is_space_code(ord(text[index - 1])):
        index -= 1
    return index


def ends_with_any(text: str, floor: int, end: int, words: tuple[str, ...]) -> bool:
    """True when a search of "(?:word|word|...)\\s*$" in text[floor:end] (pos floor, endpos
    end) finds a match: the text ends, but for blanks, with one of `words` (each ending in
    a character that is no blank), wholly after `floor`."""
    stop = spaces_start(text, floor, end)
    for word in words:
        start = stop - len(word)
        if start >= floor and has_word_at(text, start, word):
            return True
    return False


def token_start(text: str, floor: int, end: int, comma: bool = False) -> int:
    """Where the run ending at `end` of characters that are no blank, no "(" (and with
    `comma`, no ",") starts, not before `floor`."""
    index: i64 = end
    low: i64 = floor
    while index > low:
        code = ord(text[index - 1])
        if code == 0x28 or (comma and code == 0x2C) or is_space_code(code):  # "(", ","
            break
        index -= 1
    return index


def breaks_start(text: str, floor: int, end: int) -> int:
    """Where the run of blanks and "(" ending at `end` starts, not before `floor`."""
    index: i64 = end
    low: i64 = floor
    while index > low:
        code = ord(text[index - 1])
        if code != 0x28 and not is_space_code(code):
            break
        index -= 1
    return index


def word_table(
    words: tuple[str, ...] | list[str], run_of: dict[str, str]
) -> dict[str, tuple[str, ...]]:
    """The words of a list by their first run of letters (`run_of` gives each word's), each
    run's words in the order of units._alternation (longest first, then by the words): the
    order in which the alternation tried them."""
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    table: dict[str, list[str]] = {}
    for word in ordered:
        table.setdefault(run_of[word], []).append(word)
    return {run: tuple(found) for run, found in table.items()}


def list_end(text: str, opened: int, candidates: tuple[str, ...]) -> int:
    """Where the first of `candidates` that stands at `opened` and ends a word (no letter
    or digit after it) ends, -1 for none: what an alternation of them followed by
    "(?![^\\W_])" matched at `opened`."""
    for word in candidates:
        stop = opened + len(word)
        if has_word_at(text, opened, word) and not is_word_char_at(text, stop):
            return stop
    return -1
