"""Livestock counted by the head: "con" is the classifier of animals, and a number of them
listed by their kind ("trâu 368 con, bò 1.276 con") is the size of each herd, "đàn trâu",
"đàn bò", not "trâu con" (which reads as "calves").

>>> herd_of("bò"), herd_of("lợn nái"), herd_of("tôm")
('đàn bò', 'đàn lợn nái', '')
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
