"""What an amount of money is, said right after it: "đầu tư hơn 288 tỷ đồng vốn Trung ương
bố trí cho Chương trình ..., gồm trên 227 tỷ đồng vốn đầu tư phát triển và trên 61 tỷ
đồng vốn sự nghiệp".

The noun after the currency ("vốn ...", "kinh phí ...") names the money, up to the end of
its clause or the "và" that opens the next amount; it names the figure better than the
verb before it, and it is no subject of the amount after it.
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft

_NOUNS: Final = ("vốn ", "nguồn vốn ", "kinh phí ")
_AFTER_UNIT: Final = tuple(f" {noun}" for noun in _NOUNS)
_MONEY_NOUN: Final = re.compile(
    r"[ \t]+((?:nguồn vốn|vốn|kinh phí)(?:[ \t]+[^\W\d_]+){1,16}?)"
    r"(?=[ \t]*(?:[,;.:()\n]|$|và[ \t]+(?:(?:trên|gần|hơn|khoảng)[ \t]+)?\d))"
)


def money_noun(draft: Draft, named: str, text: tuple[str, str]) -> str:
    """'vốn đầu tư phát triển' for '227 tỷ đồng vốn đầu tư phát triển và ...', or ''."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.kind != "money":
        return ""
    if quantity.tail:
        # "... và trên 61 tỷ đồng vốn sự nghiệp": the noun read with the amount names it,
        # not the noun of the amount before, left in front of it.
        own = quantity.tail
        if own.lower().startswith(_NOUNS) and own.lower() not in named.lower():
            return own if named.lower().startswith(_NOUNS) else ""
        return ""
    low, norm = text
    end = quantity.unit.end
    if not low.startswith(_AFTER_UNIT, end):  # the cheap test first
        return ""
    found = _MONEY_NOUN.match(low, end)
    if found is None:
        return ""
    noun = " ".join(norm[found.start(1) : found.end(1)].split())
    return "" if noun.lower() in named.lower() else noun
