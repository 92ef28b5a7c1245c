"""Character tests written as native loops over code points, for the questions a pattern
asked one character at a time: is there a digit, where do the blanks or the letters end.

Compiled, `ord(text[index])` reads a code point in place (no one-character string is
made) and an `i64` index is a machine integer; a regular-expression call costs a couple
of thousand instructions before it reads a character, and its engine tests a character
class through the Unicode database at each position. Each function here answers exactly
as the pattern named in its docstring (tests/extract/test_char_scans.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mypy_extensions import i64  # compiled as a native 64-bit int; an int when run


def has_digit(text: str, start: int, end: int) -> bool:
    """True when text[start:end] holds a decimal digit: what a search for "\\d" finds.

    Outside ASCII, decimal digits stand only in a few blocks (Arabic-Indic ... Mongolian,
    some of U+A620-U+ABF9, the full-width ones, and beyond U+FFFF); only a character
    there is asked str.isdecimal(), and Vietnamese letters (U+00C0-U+01B0,
    U+1EA0-U+1EF9) never are.
    """
    index: i64 = start
    stop: i64 = end
    while index < stop:
        code = ord(text[index])
        if code < 0x660:
            if 0x30 <= code <= 0x39:
                return True
        elif (
            code <= 0x1C59 or 0xA620 <= code <= 0xABF9 or 0xFF10 <= code <= 0xFF19 or code > 0xFFFF
        ) and text[index].isdecimal():
            return True
        index += 1
    return False


def is_digit_at(text: str, index: int) -> bool:
    """True when text[index] is what "\\d" matches (has_digit's test of one character)."""
    code = ord(text[index])
    if code < 0x660:
        return 0x30 <= code <= 0x39
    return (
        code <= 0x1C59 or 0xA620 <= code <= 0xABF9 or 0xFF10 <= code <= 0xFF19 or code > 0xFFFF
    ) and text[index].isdecimal()


def after_blanks(text: str, start: int, end: int) -> int:
    """Where the spaces and tabs from `start` end (at most `end`): the end of a match of
    "[ \\t]*" at `start`."""
    index: i64 = start
    stop: i64 = end
    while index < stop:
        code = ord(text[index])
        if code != 0x20 and code != 0x09:
            break
        index += 1
    return index


def is_letter_at(text: str, index: int) -> bool:
    """True when text[index] is what "[^\\W\\d_]" matches: a word character that is no
    decimal digit nor "_" (lexicon.is_letter). Vietnamese letters are told by their block
    (Latin-1 and Latin Extended-A/B but for "×" and "÷", Latin Extended Additional: all
    letters) without a one-letter string made for them."""
    code = ord(text[index])
    if code < 0x80:
        return 0x61 <= code <= 0x7A or 0x41 <= code <= 0x5A
    if 0xC0 <= code <= 0x24F:
        return code != 0xD7 and code != 0xF7
    if 0x1E00 <= code <= 0x1EFF:
        return True
    char = text[index]
    return char.isalnum() and not char.isdecimal()


def letters_end(text: str, start: int, end: int) -> int:
    """Where the letters from `start` end (at most `end`): the end of a match of
    "[^\\W\\d_]*" at `start`."""
    index: i64 = start
    stop: i64 = end
    while index < stop and is_letter_at(text, index):
        index += 1
    return index


def is_space_at(text: str, index: int) -> bool:
    """True when text[index] is what "\\s" matches (str.isspace, what str.split() splits
    at): the ASCII blanks and separators, and a short list of code points beyond them."""
    return is_space_code(ord(text[index]))


def is_space_code(code: int) -> bool:
    """is_space_at's test of a code point already read (for loops that read each code
    point once)."""
    if code < 0x80:
        return code == 0x20 or 0x09 <= code <= 0x0D or 0x1C <= code <= 0x1F
    if code < 0x1680:
        return code == 0x85 or code == 0xA0
    return (
        code == 0x1680
        or 0x2000 <= code <= 0x200A
        or code == 0x2028
        or code == 0x2029
        or code == 0x202F
        or code == 0x205F
        or code == 0x3000
    )


def has_word_at(text: str, index: int, word: str) -> bool:
    """True when text[index:index + len(word)] == word, the whole word inside the text."""
    at: i64 = index
    size: i64 = len(word)
    if at < 0 or at + size > len(text):
        return False
    offset: i64 = 0
    while offset < size:
        if ord(text[at + offset]) != ord(word[offset]):
            return False
        offset += 1
    return True


def is_word_at(text: str, index: int) -> bool:
    """True when text[index] is what "\\w" matches: a letter or a digit of any script (what
    str.isalnum takes: is_letter_at's and is_digit_at's together), or "_"."""
    return is_letter_at(text, index) or is_digit_at(text, index) or ord(text[index]) == 0x5F


def has_whole_word(text: str, word: str) -> bool:
    """True when a search for "\\bword\\b" finds a match in `text`, for a `word` that opens
    and ends with a letter: it stands with no word character ("\\w") right before or after."""
    size = len(text)
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not is_word_at(text, at - 1)) and (end == size or not is_word_at(text, end)):
            return True
        at = text.find(word, at + 1)
    return False
