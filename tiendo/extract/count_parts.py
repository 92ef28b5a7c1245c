"""A part of a count, told by what its members are: "Hộ cận nghèo có 8.372 hộ, trong đó
7.569 hộ là người DTTS".

The part counts the same things as the whole before it, those of them that "are" what it
says: "hộ cận nghèo là người DTTS", not any "hộ là người DTTS".
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.units import counted_noun

# Between the whole and the part: a remark on the whole ("(5,90%)"), the word of a part.
_PART_OPENING: Final = re.compile(
    r"\s*(?:\([^()]*\))?[\s,;]*(?:trong đó|trong số đó|riêng)\s+(?:có\s+)?"
    r"(?:khoảng|gần|hơn|trên)?\s*$"
)


def part_of_count(draft: Draft, named: str, sentence: list[Draft], low: str) -> str:
    """'hộ cận nghèo là người DTTS' for '7.569 hộ là người DTTS' after the whole, or ''."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.kind != "count" or " là " not in named:
        return ""  # the cheap test first
    noun = counted_noun(quantity.unit.text)
    if not named.lower().startswith(noun.lower() + " là "):
        return ""
    before = [
        d
        for d in sentence
        if d.anchor < draft.anchor and d.quantity is not None and d.quantity.unit.kind == "count"
    ]
    if not before or before[-1].quantity is None:
        return ""
    whole = before[-1]
    assert whole.quantity is not None
    if counted_noun(whole.quantity.unit.text).lower() != noun.lower():
        return ""
    if not _PART_OPENING.match(low[whole.quantity.extent_end : quantity.lead_start]):
        return ""
    name = whole.indicator
    if not name.lower().startswith(noun.lower()) or " là " in name:
        return ""
    return f"{name[:1].lower()}{name[1:]} {named[len(noun) + 1 :]}"
