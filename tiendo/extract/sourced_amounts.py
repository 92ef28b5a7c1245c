"""Amounts listed each with its own source or funds after it.

"Bắc Kạn được đầu tư gần 124 tỷ đồng từ ngân sách Trung ương, hơn 36 tỷ đồng ngân sách
địa phương, 525 tỷ đồng vốn lồng ghép và huy động hơn 12 tỷ đồng từ cộng đồng dân cư";
"Tổng doanh thu ... đạt gần 890 tỷ đồng, gồm 448,3 tỷ đồng từ khách quốc tế và 441,4 tỷ
đồng từ khách nội địa". Each item names its amount by the words after its currency; the
words before the number are the last item's source ("ngân sách địa phương" before "525
tỷ đồng") or the list's bare verb ("đầu tư"), and name nothing of this amount.

A source ("từ khách nội địa") is a part of the whole's measure ("doanh thu du lịch từ
khách nội địa") or of the item's own verb ("huy động từ cộng đồng dân cư"); funds named
by their budget ("ngân sách địa phương") are capital ("vốn ngân sách địa phương").

>>> own_words("448,3 tỷ đồng từ khách quốc tế và 441,4 tỷ đồng", 13)
'từ khách quốc tế'
>>> own_words("36 tỷ đồng ngân sách địa phương, 525 tỷ đồng", 10)
'ngân sách địa phương'
>>> own_words("36 tỷ đồng, tăng 5%", 10)
''
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.breakdowns import names_measure
from tiendo.extract.clauses import Draft

_OWN: Final = re.compile(
    r"[ \t]+((?:từ|ngân sách|vốn|nguồn vốn|nguồn)[ \t][^,;.():\n\d]{2,60}?)"
    r"(?=[ \t]*(?:[,;.():\n]|$|và[ \t]))"
)
_BOUNDS: Final = re.compile(r"\b(?:gần|hơn|trên|khoảng|gần như|xấp xỉ|đạt|được|là)\s*$")
_ITEM_BREAK: Final = re.compile(r".*(?:,|\svà\s|\sgồm\s|\sbao gồm\s|trong đó\s)")


def own_words(low: str, unit_end: int) -> str:
    """The source or funds said right after the currency ending at `unit_end`, or ""."""
    found = _OWN.match(low, unit_end)
    return found.group(1).strip() if found else ""


def sourced(draft: Draft, named: str, sentence: list[Draft], text: tuple[str, str]) -> str:
    """The item's own name, for an amount with its source after it, or ""."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.kind != "money":
        return ""
    low, norm = text
    if not low.startswith((" từ ", " ngân sách ", " vốn ", " nguồn "), quantity.unit.end):
        return ""  # the cheap test first
    own = own_words(low, quantity.unit.end)
    if not own:
        return ""
    before: list[Draft] = []
    last_end = -1  # where the currency of the last amount before this one ends
    for d in sentence:
        if d.anchor < draft.anchor and d.quantity is not None and d.quantity.unit.kind == "money":
            before.append(d)
            last_end = d.quantity.unit.end
    lowered = named.lower()
    between = low[last_end : quantity.lead_start] if before else ""
    # The last item's words, or the last item's whole name carried over to this one.
    borrowed = bool(lowered) and (
        lowered in between or (bool(before) and lowered == before[-1].indicator.lower())
    )
    bare_verb = 0 < len(named.split()) <= 2 and not names_measure(named)
    if not (borrowed or bare_verb):
        return ""
    start = low.find(own, quantity.unit.end)
    written = " ".join(norm[start : start + len(own)].split())
    if not own.startswith("từ "):
        return written if own.startswith(("vốn", "nguồn")) else f"vốn {written}"
    # The item's own verb, after the break from the last item: "và huy động hơn 12 tỷ".
    verb = _BOUNDS.sub("", _ITEM_BREAK.sub("", between)).strip() if between else ""
    if not verb and bare_verb:
        verb = named
    if verb and not any(ch.isdigit() for ch in verb) and len(verb.split()) <= 3:
        return f"{verb} {written}"
    wholes = [d.indicator for d in before if names_measure(d.indicator)]
    if not wholes:
        return ""
    whole = wholes[0]
    if whole.lower().startswith("tổng "):
        whole = whole[5:]
    return f"{whole} {written}"
