"""A round mark passed, then the exact level: the mark is no figure.

"Kim ngạch xuất khẩu lần đầu vượt mốc 3 tỷ USD, đạt 3,11 tỷ USD": the news is that the
level (3,11 tỷ USD) passed a round mark; the mark is how far it went, and the figure is
the level written right after it in the same unit. A mark with no level after it ("Xuất
khẩu chạm mốc 2 tỷ USD") is all the text says of the level, and stays a figure.

>>> low = "lần đầu vượt mốc 3 tỷ usd, đạt 3,11 tỷ usd, tăng 22,6%"
>>> mark_before_level(low, low.index("3 tỷ"), low.index(" tỷ"), low.index(","), len(low))
True
>>> low = "xuất khẩu chạm mốc 2 tỷ usd, tăng 12%"
>>> mark_before_level(low, low.index("2 tỷ"), low.index(" tỷ"), low.index(","), len(low))
False
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:  # clauses imports modules that import the steps
    from tiendo.extract.clauses import Draft

_MARK_BEFORE: Final = re.compile(r"\b(?:vượt(?:\s+qua)?|chạm|cán|vượt lên)\s+(?:ngưỡng|mốc)\s+$")
# The exact level after a comma: "…, đạt 3,11 tỷ USD", "…, với 106 nghìn người".
_LEVEL_AFTER: Final = re.compile(
    r"[ \t]*,[ \t]*(?:ước[ \t]+)?(?:đạt|với|lên|là|ở mức)[ \t]+"
    r"(?:(?:khoảng|gần|hơn|trên|xấp xỉ)[ \t]+)?\d[\d.,]*[ \t]+"
)


def mark_before_level(low: str, first: int, unit_start: int, unit_end: int, end: int) -> bool:
    """True when the number at `first` (its unit low[unit_start:unit_end]) is a mark that
    "vượt mốc"/"vượt ngưỡng"/"chạm mốc" passes and the exact level in the same unit
    follows it."""
    if (
        "mốc" not in low[max(0, first - 8) : first]
        and "ngưỡng" not in low[max(0, first - 9) : first]
    ):
        return False  # the cheap test first
    if _MARK_BEFORE.search(low, max(0, first - 25), first) is None:
        return False
    level = _LEVEL_AFTER.match(low, unit_end, end)
    written = low[unit_start:unit_end].strip()
    return level is not None and bool(written) and low.startswith(written, level.end())


def drop_passed_marks(low: str, drafts: list[Draft]) -> None:
    """Take out of `drafts` each mark passed before the exact level ("vượt mốc 3 tỷ USD,
    đạt 3,11 tỷ USD"). It is dropped once the sentence is read: the level after it took
    its name from the words before the mark."""
    drafts[:] = [
        draft
        for draft in drafts
        if (quantity := draft.quantity) is None
        or not mark_before_level(low, quantity.start, quantity.end, quantity.unit.end, len(low))
    ]
