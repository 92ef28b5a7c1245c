"""A count that opens a parenthesis after a common noun is counted, not a name's number.

"đi sai làn đường, phần đường (40 vụ)": "đường" may name a road with its number ("đường
3/2"), but a number set off in parentheses after the word is no part of the road's name;
it counts the cases of the cause before it. After a capitalised name ("Nhật Bản (917
người)") the reading is left to the lists of places.

>>> text = "đi sai làn đường, phần đường (40 vụ)"
>>> opens_paren(text, text, text.index("40"))
True
>>> text = "sang Nhật Bản (917 người)"
>>> opens_paren(text.lower(), text, text.index("917"))
False
"""

from __future__ import annotations


def opens_paren(low: str, norm: str, first: int) -> bool:
    """True when a parenthesis opens right before the number at `first`, after a word in
    small letters (`norm` keeps the case)."""
    if first < 1 or low[first - 1] != "(":
        return False
    before = norm[max(0, first - 24) : first - 1].split()
    return bool(before) and before[-1][:1].islower()
