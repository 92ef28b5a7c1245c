"""The plain text each alternative of a regular expression's source opens with, read from
the source itself: kinds.py tries at a candidate word only the cues that may open there.

>>> openings(r"(?<!x )\\b(?:dự ước|ước)\\b")
['dự ước', 'ước']
>>> may_open(["kế hoạch"], "kế"), may_open(["kế hoạch"], "kết")
(True, False)
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final


def structure(pattern: str, index: int = 0) -> Iterator[tuple[int, str, int]]:
    """(position, character, groups open after it) of each character of `pattern` from
    `index` that is neither escaped nor inside a character class."""
    depth, in_class = 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            depth += (char == "(") - (char == ")")
            yield index, char, depth
        index += 1


def top_alternatives(pattern: str) -> list[str]:
    """The alternatives of `pattern` split at its top-level "|"."""
    parts: list[str] = []
    start = 0
    for index, char, depth in structure(pattern):
        if char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
    parts.append(pattern[start:])
    return parts


def group_end(pattern: str, index: int) -> int:
    """Where the group that opens at pattern[index] ("(") ends, after its ")"."""
    for at, char, depth in structure(pattern, index):
        if char == ")" and depth == 0:
            return at + 1
    return len(pattern)


def after_assertions(pattern: str, index: int) -> int:
    """Where the look-arounds and word boundaries that start at pattern[index] end."""
    while True:
        if pattern.startswith("\\b", index):
            index += 2
        elif pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), index):
            index = group_end(pattern, index)
        else:
            return index


_SPECIAL: Final = frozenset("\\()[]{}?*+|.^$")


def literal_start(pattern: str) -> str:
    """The plain characters every match of `pattern` opens with, up to its first special
    character (a character a quantifier makes optional is not one of them)."""
    for index, char in enumerate(pattern):
        if char in _SPECIAL or pattern[index + 1 : index + 2] in ("?", "*", "{"):
            return pattern[:index]
    return pattern


def openings(alternative: str) -> list[str]:
    """The plain text a match of `alternative` opens with, one for each way it can open
    ("" where that is not plain), past its look-arounds, its word boundary and, for
    "(kh", its blanks (a candidate starts with a letter, where they match nothing)."""
    index = after_assertions(alternative, 0)
    if alternative.startswith("\\s*", index):
        index = after_assertions(alternative, index + 3)
    if not alternative.startswith("(?:", index):
        return [literal_start(alternative[index:])]
    end = group_end(alternative, index)
    if alternative[end : end + 1] in ("?", "*", "{"):
        return [""]  # the group may match nothing
    parts = top_alternatives(alternative[index + 3 : end - 1])
    if all(after_assertions(part, 0) == len(part) for part in parts):
        return openings(alternative[end:])  # a group of look-arounds only: what follows
    return [literal_start(part[after_assertions(part, 0) :]) for part in parts]


def may_open(openings: list[str], word: str) -> bool:
    """True when a match that opens with one of `openings` can start where `word` does."""
    return any(opening[: len(word)] == word[: len(opening)] for opening in openings)
