"""Plain look-ups for the clause signs of confidence.py: where a plan is named as the
basis of a comparison, whether a day is named, and whether a number's dots group it in
thousands. Each pattern opens with plain words
or characters; a search of the whole pattern tried it at every character of the clause,
while the words are found by str.find and the pattern tried only where they stand. The
answers are the searches' own (tests/extract/test_confidence_scans.py).
"""

from __future__ import annotations

import re
from typing import Final

_PLAN_BASIS: Final = re.compile(
    r"(?:%|so với|vượt|bằng)\s*(?:mục tiêu|chỉ tiêu|kế hoạch)(?:\s+(?:năm|đề ra|giao|tỉnh giao))?"
)
# _PLAN_BASIS opens with one of these, then blanks, then one of these. The openings end
# in four different characters: each is known by its last.
_BASIS_OPENINGS: Final = {opening[-1]: opening for opening in ("%", "so với", "vượt", "bằng")}
_BASIS_WORDS: Final = ("mục tiêu", "chỉ tiêu", "kế hoạch")
# A day named: "16/12/2014" or "ngày 5".
_SLASHED_DATE: Final = re.compile(r"\d{1,2}/\d{1,2}/\d{4}")
_DIGIT: Final = re.compile(r"\d")


def plan_bases(clause: str) -> list[int]:
    """Where _PLAN_BASIS matches in `clause`, every start it may match at, in order.

    A match's word follows the opening after blanks only ("\\s*" is what str.isspace
    takes), and an opening ends in no blank: a word found stands after one start at
    most, that of the opening which ends where the blanks before the word begin.

    >>> plan_bases("đạt 86,6% kế hoạch, bằng 90% chỉ tiêu; vượt  mục tiêu")
    [8, 27, 39]
    """
    starts: list[int] = []
    for word in _BASIS_WORDS:
        at = clause.find(word)
        while at >= 0:
            end = at
            while end and clause[end - 1].isspace():
                end -= 1
            opening = _BASIS_OPENINGS.get(clause[end - 1], "") if end else ""
            if opening and clause[end - len(opening) : end] == opening:
                starts.append(end - len(opening))
            at = clause.find(word, at + len(word))
    starts.sort()
    return starts


def without_plan_bases(clause: str, starts: list[int]) -> str:
    """`_PLAN_BASIS.sub(" ", clause)`, given where it matches (`plan_bases`): the
    matches the substitution replaces are the first, then the first after each."""
    pieces: list[str] = []
    done = 0
    for start in starts:
        match = _PLAN_BASIS.match(clause, start) if start >= done else None
        if match is not None:
            pieces.append(clause[done:start])
            pieces.append(" ")
            done = match.end()
    pieces.append(clause[done:])
    return "".join(pieces)


def dated(clause: str) -> bool:
    r"""`re.search(r"\d{1,2}/\d{1,2}/\d{4}|ngày \d", clause) is not None`: a date's first
    "/" stands one or two characters after its start, and "ngày " right before its digit.

    >>> dated("ngày 16/12/2014"), dated("tăng 7,5%/năm"), dated("đến ngày 5")
    (True, False, True)
    """
    slash = clause.find("/")
    while slash >= 0:
        for start in (slash - 1, slash - 2):
            if start >= 0 and _SLASHED_DATE.match(clause, start) is not None:
                return True
        slash = clause.find("/", slash + 1)
    day = clause.find("ngày ")
    while day >= 0:
        if _DIGIT.match(clause, day + 5) is not None:
            return True
        day = clause.find("ngày ", day + 5)
    return False


def grouped_in_thousands(token: str) -> bool:
    r"""`re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", token)` for a number's text as the
    clause signs take it (digits, each "." or "," between two of them): one to three
    digits, groups of three after each dot, and no separator after a comma.

    >>> [grouped_in_thousands(t) for t in ("2.707.827", "1.234,5", "12.5", "1,2.345")]
    [True, True, False, False]
    """
    whole, _, decimals = token.partition(",")
    if "," in decimals or "." in decimals:
        return False
    groups = whole.split(".")
    return len(groups) > 1 and len(groups[0]) <= 3 and all(len(group) == 3 for group in groups[1:])
