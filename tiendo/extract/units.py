"""The unit after a number: '%', 'tỷ đồng', 'tạ/ha', 'nghìn lượt khách', or a counted noun.

>>> read_unit("123,4 tỷ đồng, bằng", 5, "123,4 tỷ đồng, bằng")
UnitMatch(text='tỷ đồng', kind='money', end=13)
>>> read_unit("80 quần chúng ưu tú", 2, "80 quần chúng ưu tú").text
'quần chúng'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from tiendo.extract.lexicon import (
    COUNTED_NOUNS,
    CURRENCIES,
    MEASURES,
    MULTIPLIERS,
    NOT_A_UNIT,
    NOT_COUNTED,
)

UnitKind = Literal["percent", "money", "measure", "count", "scale"]


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(word) for word in ordered)


_END = r"(?![^\W_])"  # the unit ends where the word does
_PERCENT = re.compile(r"[ \t]*(?:%|phần trăm" + _END + ")")
_MULTIPLIER = re.compile(r"[ \t]*(?:" + _alternation(MULTIPLIERS) + ")" + _END)
_CURRENCY = re.compile(r"[ \t]*(?:" + _alternation(CURRENCIES) + ")" + _END)
_MEASURE = re.compile(r"[ \t]*(?:" + _alternation(MEASURES) + ")" + _END)
_COUNTED = re.compile(r"[ \t]*(?:" + _alternation(COUNTED_NOUNS) + ")" + _END)
_NOT_A_UNIT = re.compile(r"[ \t]*(?:" + _alternation(NOT_A_UNIT) + ")" + _END)
_PER = re.compile(r"[ \t]*/[ \t]*(?:lao động|người dân|[^\W\d_]+\d?)")
_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


@dataclass(frozen=True)
class UnitMatch:
    text: str
    kind: UnitKind
    end: int


def _clean(text: str) -> str:
    return " ".join(text.replace(" /", "/").replace("/ ", "/").split())


def read_unit(low: str, position: int, original: str, year_like: bool = False) -> UnitMatch | None:
    """The unit that starts at `position` of lower-case `low` (right after a number).

    `original` is the same text with its case, to tell counted nouns from proper
    names. Returns None for time spans, ages, multiples and numbers without a unit.
    """
    match = _PERCENT.match(low, position)
    if match:
        return UnitMatch("%", "percent", match.end())
    if _NOT_A_UNIT.match(low, position):
        return None
    cursor = position
    scaled = False
    for _ in range(2):
        match = _MULTIPLIER.match(low, cursor)
        if not match:
            break
        cursor = match.end()
        scaled = True
    kind: UnitKind = "count"
    match = None
    # The longest reading wins: "đồng chí" is a counted noun, not the currency.
    for pattern, reading in ((_CURRENCY, "money"), (_MEASURE, "measure"), (_COUNTED, "count")):
        candidate = pattern.match(low, cursor)
        if candidate and (match is None or candidate.end() > match.end()):
            match, kind = candidate, reading  # type: ignore[assignment]
    if match:
        cursor = match.end()
    elif not scaled:
        if year_like:
            return None
        word = _WORD.match(low, cursor)
        if not word or word.group(1) in NOT_COUNTED:
            return None
        if not original[word.start(1)].islower():
            return None
        cursor = word.end()
        kind = "count"
    else:
        kind = "scale"
    while True:
        per = _PER.match(low, cursor)
        if not per:
            break
        cursor = per.end()
        kind = "measure" if kind != "money" else kind
    return UnitMatch(_clean(low[position:cursor]), kind, cursor)
