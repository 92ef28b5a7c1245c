"""Abbreviations whose full stop does not end a sentence: "TP. Hồ Chí Minh", "TX. Sơn Tây".

>>> ends_abbreviation("Bắc Ninh vượt TP. Hồ Chí Minh", 16)
True
>>> ends_abbreviation("Thu đạt 1.790 tỷ đồng. Chi", 21)
False
"""

from __future__ import annotations

import re
from typing import Final

# Lower-cased; each is written with a full stop before a name.
_ABBREVIATIONS: Final = frozenset(
    {"tp", "tx", "tt", "th", "ths", "ts", "pgs", "gs", "bs", "ks", "ls"}
)

_LAST_LETTERS: Final = frozenset(word[-1] for word in _ABBREVIATIONS) | frozenset(
    word[-1].upper() for word in _ABBREVIATIONS
)


def ends_abbreviation(text: str, stop: int) -> bool:
    """True when the full stop at `stop` closes an abbreviation that leads a name."""
    if stop < 2 or text[stop - 1] not in _LAST_LETTERS:
        return False  # most full stops follow a word no abbreviation ends like
    start = stop
    while start > 0 and stop - start <= 3 and text[start - 1].isalpha():
        start -= 1
    word = text[start:stop]
    before = text[start - 1] if start > 0 else " "
    return bool(word) and word.lower() in _ABBREVIATIONS and (before.isspace() or before in "(,")


# "chỉ số sản xuất công nghiệp (IIP)": a name, then the capitals that stand for it.
CAPITALS: Final = r"[A-ZĐ][A-ZĐ0-9&]{1,7}"  # what an abbreviation is written with: "IIP", "GRDP"
_DEFINED: Final = re.compile(rf"(?<=\S)\s*\(({CAPITALS})\)")
_LEADING_CAPITALS: Final = re.compile(rf"^({CAPITALS})(?![^\W_])")


def defined_abbreviation(text: str) -> tuple[str, int] | None:
    """The abbreviation a stretch defines, and where its parenthesis opens.

    >>> defined_abbreviation("chỉ số sản xuất công nghiệp (IIP) tháng 02 ước giảm")
    ('IIP', 27)
    """
    match = _DEFINED.search(text)
    return (match.group(1), match.start()) if match else None


def spelled_out(indicator: str, known: dict[str, str]) -> str:
    """An indicator that opens with an abbreviation the passage defined, with the name it
    stands for: "IIP" gives "chỉ số sản xuất công nghiệp (IIP)".

    >>> spelled_out("IIP", {"IIP": "chỉ số sản xuất công nghiệp (IIP)"})
    'chỉ số sản xuất công nghiệp (IIP)'
    """
    match = _LEADING_CAPITALS.match(indicator)
    if not match or match.group(1) not in known:
        return indicator
    return f"{known[match.group(1)]}{indicator[match.end() :]}"
