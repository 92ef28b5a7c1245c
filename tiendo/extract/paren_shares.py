"""Items named under a heading that sets them against a plan, each with its share in
parentheses: "Có 4/7 lĩnh vực thu đạt dự toán là thuế sử dụng đất phi nông nghiệp (109,9%),
phí - lệ phí (107,7%) và thu tại xã (268,1%)". The percentage in parentheses right after
an item's name is its share of the plan the heading named, not a level of its own; so
under "không đạt dự toán là", "vượt kế hoạch gồm", "chưa đạt dự toán như".

>>> low = "có 4/7 lĩnh vực thu đạt dự toán là thuế sử dụng đất (109,9%), phí - lệ phí (107,7%)"
>>> paren_heading_share(low, 0, low.index(", phí"), low.index("107"))
'dự toán'
>>> low = "tỷ lệ hộ nghèo đạt kế hoạch là huyện a (4,5%)"
>>> paren_heading_share(low, 0, low.index(" huyện"), low.index("4,5")) is None
True
"""

from __future__ import annotations

import re
from typing import Final

# "đạt dự toán là", "không đạt kế hoạch gồm", "vượt chỉ tiêu như", "đạt và vượt dự toán:"
_HEADING: Final = re.compile(
    r"\b(?:đạt|vượt|hoàn thành)\s+(?:và vượt\s+)?(?:mức\s+)?(dự toán|kế hoạch|chỉ tiêu)"
    r"(?:\s+(?:giao|đề ra|năm))?\s*(?:(?:là|gồm|bao gồm|như)\s*:?|:)(?=\s)"
)
# The item's name and the opening parenthesis: no number, no rate of its own.
_NAMED_ITEM: Final = re.compile(r"^[\s,;)]*(?:và\s+)?[^\W\d_][^\d%()]{0,60}\($")
_RATE: Final = re.compile(r"\b(?:tỷ lệ|tỉ lệ|tốc độ|tỷ trọng|tỉ trọng|chỉ số)\b")
_SHARE_CLOSED: Final = re.compile(r"[\d.,]+\s*%\s*\)")
_PAREN_SHARE: Final = re.compile(r"\([\d.,]+\s*%\)?")


def paren_heading_share(low: str, sentence_start: int, start: int, number_start: int) -> str | None:
    """The plan a heading before `start` names, when low[start:number_start] is an item's
    name and "(" and the share closes its parenthesis right after the number; else None."""
    if not _SHARE_CLOSED.match(low, number_start):
        return None
    found: re.Match[str] | None = None
    for heading in _HEADING.finditer(low, sentence_start, number_start):
        found = heading  # the last heading before the item
    if found is None or _RATE.search(low, sentence_start, found.start()):
        return None
    item = low[max(start, found.end()) : number_start]
    if _NAMED_ITEM.match(item) is None or _RATE.search(item):
        return None
    # Only the items' names and their shares stand between the heading and the item.
    between = _PAREN_SHARE.sub(" ", low[found.end() : max(start, found.end())])
    return None if any(c.isdigit() for c in between) else found.group(1)


def heading_plan(low: str, start: int, end: int) -> str | None:
    """The plan a heading in low[start:end] names ("đạt dự toán là"), when nothing but the
    items' names and amounts follows it up to `end` (no ";" or "."); else None."""
    found: re.Match[str] | None = None
    for heading in _HEADING.finditer(low, start, end):
        found = heading
    if found is None or ";" in low[found.end() : end] or "." in low[found.end() : end]:
        return None
    return found.group(1)
