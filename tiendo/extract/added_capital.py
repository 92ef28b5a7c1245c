"""Capital added to projects: "vốn tăng thêm 616 triệu USD" is a level, not a difference.

In reports on investment, "vốn tăng thêm" (or "số vốn tăng" after "điều chỉnh tăng vốn")
names the capital that projects added, a quantity of its own: the words "tăng thêm"
that would make the number a difference belong to the noun before them.
"""

from __future__ import annotations

import re
from typing import Final

# "vốn tăng thêm", "vốn đăng ký tăng thêm", "tổng vốn cấp mới và tăng thêm", "vốn đăng ký
# mới và tăng thêm": the words right before the rise name capital.
_CAPITAL_BEFORE: Final = re.compile(
    r"\bvốn(?:\s+(?:đăng ký|đầu tư))?(?:\s+(?:cấp mới|mới)\s+và)?\s*$"
)
_ADDED: Final = re.compile(r"[\s,(]*tăng\s+thêm\b")
_BARE_RISE: Final = re.compile(r"[\s,(]*tăng\b(?!\s+thêm)")


def capital_added(low: str, cue: int) -> bool:
    """Whether the difference words starting at `cue` ("tăng thêm", "tăng") follow a
    name of capital, so that the number after them is the capital added."""
    before = low[max(0, cue - 30) : cue]
    if "vốn" not in before or not _CAPITAL_BEFORE.search(before):
        return False
    if _ADDED.match(low, cue):
        return True
    # "điều chỉnh tăng vốn cho 23 dự án với số vốn tăng 240 triệu USD": a bare "tăng"
    # names the added capital only where adding capital was said just before.
    return bool(_BARE_RISE.match(low, cue)) and "tăng vốn" in low[max(0, cue - 90) : cue]
