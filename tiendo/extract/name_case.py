"""A figure's name in lower case, lowered once however many rules read it so.

Some fifteen rules, one after another, test the same name string in lower case ("vốn" in
it, does it start with "tỷ lệ", ...), and `str.lower` of Vietnamese text costs tens of
instructions a character. The last string lowered is remembered by identity, not by
equality: a new figure's name is a new string, so nothing is carried from one sentence to
the next, and the rules that follow on the same name get its lower case free. Lowering is
idempotent, so the lowered string given back again is returned as it is.

>>> name = "Vốn đầu tư phát triển"
>>> lower_name(name)
'vốn đầu tư phát triển'
>>> lower_name(name) is lower_name(name) is lower_name(lower_name(name))
True
"""

from __future__ import annotations

from typing import Final

# One (string, its lower case) pair, replaced whole: a reader in another thread sees the
# two together, never one string with another's lower case.
_LAST: Final[list[tuple[str, str]]] = [("", "")]


def lower_name(text: str) -> str:
    last = _LAST[0]
    if text is last[0]:
        return last[1]
    if text is last[1]:
        return text
    low = text.lower()
    _LAST[0] = (text, low)
    return low
