"""The whole a sector's part is of, where the whole was given with no level.

"Giá trị sản xuất nông nghiệp tăng 3,2%; trong đó trồng trọt đạt 2.100 tỷ đồng": the whole
is a rise alone, a figure with no quantity; "Giá trị sản xuất cả ba lĩnh vực nông, lâm, ngư
nghiệp đều tăng. Trong đó, nông nghiệp ước đạt 4.732 tỷ đồng": the whole is named in a
sentence of no figure. Either way the part ("nông nghiệp") is measured as the whole is
("giá trị sản xuất nông nghiệp"), as when the whole has a level (sector_siblings).

>>> low = "giá trị sản xuất nông, lâm nghiệp đều tăng. trong đó, nông nghiệp đạt 5 tỷ đồng"
>>> _named_before(low, low.index("trong đó"))
'giá trị sản xuất nông, lâm nghiệp'
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.char_scans import has_digit
from tiendo.extract.clauses import Draft

# How far back the sentence before a part may start: a heading sentence is short.
_LOOK_BACK: Final = 240
# "Trong đó, " (or "trong đó: ") opening the part's clause: the part opens a breakdown.
_BREAKDOWN: Final = re.compile(r"trong đó[\s,:]")
_BREAKDOWN_BEFORE: Final = re.compile(r"trong đó\s*:\s*$")  # where the list's item starts after
# The measure the sentence before names, opening its subject (after a time, a comma).
_HEAD_NAMED: Final = re.compile(
    r"(?:^|[,:]\s*)((?:tổng\s+)?(?:giá trị sản xuất|giá trị sản phẩm|giá trị tăng thêm"
    r"|doanh thu)\s+[^,.;:]*?(?:,\s*[^,.;:\d]{1,20}?)*?)"
    r"(?:\s+(?:của|toàn|trên|tại|cả)\b|\s+(?:đều|ước|đạt|tăng|giảm)\b|$)"
)
# "cả ba lĩnh vực nông, lâm, ngư nghiệp": the sectors, however many are said to be named.
_ALL_OF: Final = re.compile(r"\bcả (?:hai|ba|bốn|năm|các) (?=lĩnh vực|ngành|khu vực)")


def whole_without_level(draft: Draft, drafts: list[Draft], low: str, first: bool) -> str:
    """The name of the whole `draft` is a part of, given with no level: the last figure of
    `drafts` with no quantity, or, for the first figure of a sentence that opens with
    "Trong đó", the measure the sentence before names; "" when there is none."""
    for other in reversed(drafts):
        if other.anchor < draft.anchor or first:
            if other.quantity is None and other.indicator:
                return other.indicator
            return ""
    if not first:
        return ""
    start = draft.item_start
    if _BREAKDOWN.match(low, start):
        return _named_before(low, start)
    before = _BREAKDOWN_BEFORE.search(low, max(0, start - 12), start)
    return _named_before(low, before.start()) if before else ""


def _named_before(low: str, start: int) -> str:
    """The measure named by the sentence that ends just before the "Trong đó" at `start`,
    when that sentence states no number, or ""."""
    window = low[max(0, start - _LOOK_BACK) : start]
    end = window.rfind(".")
    if end < 0:
        return ""
    opening = window.rfind(".", 0, end) + 1
    heading = window[opening:end]
    said = heading.split(",", 1)[-1]
    if has_digit(said, 0, len(said)):
        return ""  # a sentence with figures of its own: the parts are read against those
    found = _HEAD_NAMED.search(heading.strip())
    return _ALL_OF.sub("", " ".join(found.group(1).split())) if found else ""
