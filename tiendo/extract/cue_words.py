"""Where a cue's first word stands: a native scan for what kinds._FIRST_WORDS finds at the
start of a word, the only places kinds.Cues takes a candidate.

The pattern's engine enters its matcher at every letter that opens one of the words (most
consonants, inside words too): about 270 instructions a character of prose. Here each
word start is read once: the first letter picks the few words that open with it, and only
their letters and look-arounds are compared, one code point at a time (no one-character
string is made). A match of the pattern consumes the letters of one word and nothing else,
so a candidate inside a word never hides one at the next word start, and the candidates at
word starts are the same, in the same order (tests/extract/test_cue_words.py).

>>> table = first_word_table("kế(?= hoạch)|kết(?= quả)|kh(?<=\\\\(kh)")
>>> next_first_word(table, "các kết quả (kh", 0), next_first_word(table, "các kết quả (kh", 5)
((4, 1), (13, 2))
>>> next_first_word(table, "kế toán", 0)
(-1, -1)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from tiendo.extract.char_scans import is_digit_at, is_letter_at

if TYPE_CHECKING:
    from mypy_extensions import i64  # compiled as a native 64-bit int; an int when run

# A step of a look-around: the characters one position may hold; this one stands for "\d".
_DIGIT: Final = ""


class FirstWord:
    """One word of the alternation: its letters, the steps its look-ahead reads after it,
    and those its look-behind reads up to the word's end."""

    def __init__(self, word: str, after: list[str], behind: list[str]) -> None:
        self.word = word
        self.after = after
        self.behind = behind


# The code points a first letter may have: the table of letters below is this long.
_LETTERS_UP_TO: Final = 0x1F00


class FirstWordTable:
    """The words of an alternation such as "dự(?= [ưkbt])|ước|…", in its order, grouped by
    their first letter: `ord(letters[code])` is 1 + the group of the words that open with
    the code point `code` (0: none; codes below _LETTERS_UP_TO), `seconds[group]` their
    second letters, `thirds[group]` the characters they go on with (_third) and
    `members[group]` their indexes, in the alternation's order. (A code point read from a
    string is read in place; a look-up in a dict boxes it.)"""

    def __init__(self, words: list[FirstWord]) -> None:
        self.words = words
        by_letter: dict[int, list[int]] = {}
        for index, first in enumerate(words):
            if ord(first.word[0]) >= _LETTERS_UP_TO or len(first.word) < 2:
                raise ValueError(f"word not tabled: {first.word!r}")
            by_letter.setdefault(ord(first.word[0]), []).append(index)
        self.members = list(by_letter.values())
        self.seconds = ["".join(words[which].word[1] for which in group) for group in self.members]
        self.thirds = ["".join(_third(words[which]) for which in group) for group in self.members]
        marks = ["\0"] * _LETTERS_UP_TO
        for group, code in enumerate(by_letter):
            marks[code] = chr(group + 1)
        self.letters = "".join(marks)


def _third(first: FirstWord) -> str:
    """The one character that must follow the first two letters of the word (its third
    letter, or what its look-ahead reads first), or "\\0" where more than one may."""
    if len(first.word) > 2:
        return first.word[2]
    if first.after and len(first.after[0]) == 1:
        return first.after[0]
    return "\0"


def _steps(source: str) -> list[str]:
    """The steps of a look-around's body: a plain character, a class "[ưkbt]" or "\\d"."""
    steps: list[str] = []
    index = 0
    while index < len(source):
        char = source[index]
        if char == "[":
            close = source.index("]", index)
            members = source[index + 1 : close]
            if not members or any(mark in members for mark in "\\^-[]"):
                raise ValueError(f"class not plain: {source!r}")
            steps.append(members)
            index = close + 1
        elif char == "\\":
            escaped = source[index + 1 : index + 2]
            if escaped == "d":
                steps.append(_DIGIT)
            elif escaped in ("(", ")", ".", "[", "]", "\\", "?", "*", "+", "|"):
                steps.append(escaped)
            else:
                raise ValueError(f"escape not known: {source!r}")
            index += 2
        elif char in "()|?*+{}.^$":
            raise ValueError(f"not a plain step: {source!r}")
        else:
            steps.append(char)
            index += 1
    return steps


def first_word_table(alternation: str) -> FirstWordTable:
    """The table of an alternation of plain words, each with at most one look-ahead
    "(?=…)" or look-behind "(?<=…)" of plain characters, classes and "\\d"."""
    words: list[FirstWord] = []
    for alternative in alternation.split("|"):
        word, paren, rest = alternative.partition("(")
        after: list[str] = []
        behind: list[str] = []
        if paren:
            if rest.startswith("?=") and rest.endswith(")"):
                after = _steps(rest[2:-1])
            elif rest.startswith("?<=") and rest.endswith(")"):
                behind = _steps(rest[3:-1])
            else:
                raise ValueError(f"look-around not known: {alternative!r}")
        if not word or any(not char.isalpha() for char in word):
            raise ValueError(f"not a plain word: {alternative!r}")
        words.append(FirstWord(word, after, behind))
    return FirstWordTable(words)


def _fits(step: str, text: str, index: i64) -> bool:
    """True when text[index] is one the step allows."""
    if not step:
        return is_digit_at(text, index)
    code = ord(text[index])
    at: i64 = 0
    size: i64 = len(step)
    while at < size:
        if ord(step[at]) == code:
            return True
        at += 1
    return False


def _reads(steps: list[str], text: str, start: i64, stop: i64) -> bool:
    """True when text[start:] opens with the steps (stop: len(text))."""
    if start < 0 or start + len(steps) > stop:
        return False
    at: i64 = 0
    size: i64 = len(steps)
    while at < size:
        if not _fits(steps[at], text, start + at):
            return False
        at += 1
    return True


def _stands(first: FirstWord, text: str, position: i64, stop: i64) -> bool:
    """True when the word and its look-around match at text[position] (its first two
    letters do)."""
    word = first.word
    size: i64 = len(word)
    if position + size > stop:
        return False
    at: i64 = 2
    while at < size:
        if ord(text[position + at]) != ord(word[at]):
            return False
        at += 1
    end = position + size
    if first.after and not _reads(first.after, text, end, stop):
        return False
    return not first.behind or _reads(first.behind, text, end - len(first.behind), stop)


def _letter(code: i64, text: str, index: i64) -> bool:
    """is_letter_at for the character `code` (not ASCII: the callers tell those) at
    text[index], with the letters of the Vietnamese blocks told at once."""
    if 0xC0 <= code <= 0x24F:
        return code != 0xD7 and code != 0xF7
    if 0x1E00 <= code <= 0x1EFF:
        return True
    return is_letter_at(text, index)


def _word_end(text: str, index: i64, stop: i64) -> i64:
    """Where the letters from text[index] end (at most `stop`)."""
    while index < stop:
        code: i64 = ord(text[index])
        if code < 0x80:
            if not (0x61 <= code <= 0x7A or 0x41 <= code <= 0x5A):
                return index
        elif not _letter(code, text, index):
            return index
        index += 1
    return index


def _in_group(table: FirstWordTable, group: i64, text: str, index: i64, stop: i64) -> i64:
    """The first word of the group that matches at text[index], or -1."""
    seconds = table.seconds[group]
    thirds = table.thirds[group]
    second: i64 = ord(text[index + 1])
    third: i64 = ord(text[index + 2]) if index + 2 < stop else -1
    size: i64 = len(seconds)
    at: i64 = 0
    while at < size:
        if ord(seconds[at]) == second and (ord(thirds[at]) == third or ord(thirds[at]) == 0):
            which: i64 = table.members[group][at]
            if _stands(table.words[which], text, index, stop):
                return which
        at += 1
    return -1


def next_first_word(table: FirstWordTable, text: str, start: int) -> tuple[int, int]:
    """(where, which word of the table) for the first word start at or after `start` of
    `text` where a word of the table matches (the first that does, in the table's order),
    or (-1, -1). A word start is a letter that no letter stands before."""
    letters = table.letters
    stop: i64 = len(text)
    index: i64 = start
    if 0 < index < stop and is_letter_at(text, index - 1):
        index = _word_end(text, index, stop)  # inside a word: on to its end
    while index < stop:
        code: i64 = ord(text[index])
        if code < 0x80:
            if not (0x61 <= code <= 0x7A or 0x41 <= code <= 0x5A):
                index += 1
                continue
        elif not _letter(code, text, index):
            index += 1
            continue
        if code < _LETTERS_UP_TO and index + 1 < stop:
            group: i64 = ord(letters[code])
            if group:
                which = _in_group(table, group - 1, text, index, stop)
                if which >= 0:
                    return index, which
        index = _word_end(text, index + 1, stop)
    return -1, -1
