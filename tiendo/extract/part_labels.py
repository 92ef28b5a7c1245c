"""Where the label before a colon starts when it names a part of a figure stated before
it: "tổng thu ngân sách đạt 545 triệu đồng (trong đó thuế, phí: 492 triệu đồng)" labels
492 "thuế, phí", not the sentence's subject. The label opens after an open parenthesis or
a breakdown marker ("trong đó", "gồm", "bao gồm"), as it does after a semicolon.

>>> low = "tổng thu đạt 545 triệu đồng (trong đó thuế, phí: 492 triệu đồng)"
>>> colon = low.index(":")
>>> low[label_opening(low, 0, colon) : colon]
'thuế, phí'
>>> low = "năm 2024, tổng thu đạt 545 triệu đồng, trong đó thu thuế, phí: 492 triệu đồng"
>>> low[label_opening(low, 0, low.index(":")) : low.index(":")]
'thu thuế, phí'
>>> low = "thu ngân sách: 500 tỷ đồng"
>>> label_opening(low, 0, low.index(":"))
0
"""

from __future__ import annotations

import re
from typing import Final

# A breakdown marker opening the label, after an open parenthesis or a comma.
_MARKER: Final = re.compile(r"(?<![^\s(,])(?:trong đó|bao gồm|gồm)\s+")


def label_opening(low: str, sentence_start: int, colon: int) -> int:
    """Where the label ending at `colon` starts: after the last semicolon, colon, open
    parenthesis still open, or breakdown marker before it; else the sentence's start."""
    opening = max(low.rfind(";", sentence_start, colon), low.rfind(":", sentence_start, colon))
    paren = low.rfind("(", sentence_start, colon)
    if paren > low.rfind(")", sentence_start, colon):
        opening = max(opening, paren)
    opening = max(opening, sentence_start - 1) + 1
    if "trong đó" not in low[opening:colon] and "gồm" not in low[opening:colon]:
        return opening  # most labels hold no marker
    last = None
    for last in _MARKER.finditer(low, opening, colon):  # noqa: B007 (the last one counts)
        pass
    return last.end() if last is not None else opening
