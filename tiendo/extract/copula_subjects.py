"""A subject described before its amount: "Thu nội địa là nguồn chủ lực với 27.097 tỷ đồng".

"A là B với N": B says what A is (its role, its rank); the amount is A's. The name is the
subject of the copula, not its description.
"""

from __future__ import annotations

import re

from tiendo.extract.clauses import Draft
from tiendo.extract.indicator import subject_indicator

_WITH_AMOUNT = re.compile(r"\svới(?:\s+(?:khoảng|gần|hơn|trên|tổng cộng))?\s*$")


def copula_subject(draft: Draft, named: str, norm: str) -> str:
    """'Thu nội địa' for 'Thu nội địa là nguồn chủ lực với 27.097 tỷ đồng', or ''."""
    quantity = draft.quantity
    if quantity is None:
        return ""
    pre = norm[draft.item_start : quantity.lead_start]
    at = pre.find(" là ")
    if at < 0 or not _WITH_AMOUNT.search(pre):  # the cheap test first
        return ""
    if named.lower() not in pre[at:].lower():
        return ""  # the name was read elsewhere, not from the description
    kind = quantity.unit.kind
    subject = subject_indicator(pre[:at], unit=quantity.unit.text, unit_kind=kind, tail="")
    return subject if subject and len(subject.split()) <= 10 else ""
