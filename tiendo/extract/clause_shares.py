"""A share a clause's subject takes, stated after other figures of the same subject.

"Khu vực dịch vụ tăng 8,35%, cao hơn mức 7,89% của cùng kỳ, chiếm 49,7% cơ cấu kinh tế":
the verb "chiếm" has no subject of its own; like "tăng", it is said of the clause's
subject, named before the first figure of the clause, not of the level quoted just
before it. The share is that subject's (tỷ trọng), in the structure named after it.
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft

# The item's own words: the verb alone, after the comma (or parenthesis) that ends the
# figure before.
_TAKES: Final = re.compile(
    r"(?:^|[,)])\s*(?:và\s+)?chiếm(?:\s+(?:tỷ|tỉ)\s+(?:trọng|lệ))?(?:\s+(?:khoảng|gần|hơn|trên|tới|đến))?\s*$"
)
_SHARE_NAME: Final = re.compile(r"^(?:tỷ|tỉ)\s+(?:trọng|lệ)\s+\S")
_STRUCTURE: Final = re.compile(r"^(?:cơ cấu|tổng|gdp|grdp)")


def subject_share(draft: Draft, named: str, earlier: list[Draft], low: str) -> str:
    """'tỷ trọng khu vực dịch vụ ...' for a bare 'chiếm 49,7%' after the subject's rise."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.text != "%":
        return ""
    pre = low[draft.item_start : quantity.lead_start]
    if "chiếm" not in pre or not _TAKES.search(pre):  # the cheap test first
        return ""
    if _SHARE_NAME.match(named.lower()):
        return ""  # named already ("tỷ trọng khu vực công nghiệp trong ...")
    same = [d for d in of_clause(earlier, draft.anchor, low) if d.indicator]
    if len(same) < 2:
        return ""  # one figure before: the share is read with it elsewhere
    subject = same[0].indicator
    if _SHARE_NAME.match(subject.lower()) or same[0].in_paren:
        return ""
    if subject[1:2].islower():
        subject = subject[:1].lower() + subject[1:]
    whole = quantity.tail if _STRUCTURE.match(quantity.tail.lower()) else ""
    return f"tỷ trọng {subject} trong {whole}" if whole else f"tỷ trọng {subject}"


def of_clause(earlier: list[Draft], anchor: int, low: str) -> list[Draft]:
    """The figures of `earlier` between the last ";" or "." before `anchor` and it."""
    # Looked for back to the first of `earlier` only, not to the passage's start (a long
    # passage with no ";" was read in full for every share): no break after that figure
    # lets through every figure, as a break anywhere before it would.
    floor = min((d.anchor for d in earlier), default=anchor)
    clause_start = max(low.rfind(";", floor, anchor), low.rfind(".", floor, anchor))
    return [d for d in earlier if clause_start < d.anchor < anchor]
