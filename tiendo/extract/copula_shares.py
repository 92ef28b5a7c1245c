"""A share said to be a part, after the copula: "Diện tích có rừng ... trong đó 70,8% là
rừng tự nhiên, phần còn lại 29,2% là rừng trồng", "trong đó khoảng 60% là lao động nữ".

The words after "là" name the part whose rate the percentage is ("tỷ lệ rừng trồng");
the whole before the number, or the last part's words, do not.

>>> part_after("29,2% là rừng trồng.", 5)
'rừng trồng'
>>> part_after("5% là mức cao nhất", 2)
''
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft

_PART: Final = re.compile(
    r"[ \t]+là[ \t]+(?!(?:mức|do|nhờ|cao|thấp|một|con số|tỷ lệ|tỉ lệ|vượt|đạt|bằng)\b)"
    r"([^\W\d_][^,;.:()\n\d]{1,60}?)(?=[ \t]*(?:[,;.:()\n]|$))"
)


def part_after(low: str, end: int) -> str:
    """The part named after "là" right after the percentage ending at `end`, or ""."""
    if not low.startswith(" là ", end):  # the cheap test first
        return ""
    found = _PART.match(low, end)
    return found.group(1).strip() if found else ""


def copula_share(draft: Draft, named: str, norm: str, low: str) -> str:
    """'tỷ lệ rừng trồng' for '29,2% là rừng trồng', or ''."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.text != "%":
        return ""
    part = part_after(low, quantity.unit.end)
    if not part or part in named.lower():
        return ""
    start = low.find(part, quantity.unit.end)
    return "tỷ lệ " + " ".join(norm[start : start + len(part)].split())
