"""Livestock counted by the head: "con" is the classifier of animals, and a number of them
listed by their kind ("trâu 368 con, bò 1.276 con") is the size of each herd, "đàn trâu",
"đàn bò", not "trâu con" (which reads as "calves").

>>> herd_of("bò"), herd_of("lợn nái"), herd_of("tôm")
('đàn bò', 'đàn lợn nái', '')

Eggs and fruit counted by the piece ("quả") are an output: "trứng 14,5 tỷ quả" in a list
of outputs is "sản lượng trứng", not "trứng quả".

>>> counted_stock("trứng gia cầm", "quả"), counted_stock("trâu", "con")
('sản lượng trứng gia cầm', 'đàn trâu')
"""

from __future__ import annotations

import re
from typing import Final

# The kinds of livestock a herd is counted of, with the words that sort a kind further.
_LIVESTOCK: Final = re.compile(
    r"^(?:trâu|bò|lợn|heo|dê|cừu|ngựa|gà|vịt|ngan|ngỗng|gia cầm|gia súc|thủy cầm|thuỷ cầm)"
    r"(?: (?:thịt|sữa|nái|đực giống|thương phẩm))?$",
    re.IGNORECASE,
)


def herd_of(name: str) -> str:
    """The herd a bare kind of livestock counted in "con" names, or ""."""
    return f"đàn {name}" if _LIVESTOCK.match(name) else ""


# Produce counted by the piece, with at most two words that sort it ("trứng gà", "dừa khô").
_PRODUCE: Final = re.compile(r"^(?:trứng|dừa|bưởi)(?: [^\W\d_]+){0,2}$", re.IGNORECASE)


def counted_stock(name: str, count: str) -> str:
    """What a bare kind named before its count stands for: the herd of livestock counted
    in "con", the output of produce counted in "quả"; or ""."""
    if count == "con":
        return herd_of(name)
    if count == "quả" and _PRODUCE.match(name):
        return f"sản lượng {name}"
    return ""
