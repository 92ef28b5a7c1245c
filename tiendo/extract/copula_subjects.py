"""A subject described before its amount: "Thu nội địa là nguồn chủ lực với 27.097 tỷ đồng".

"A là B với N": B says what A is (its role, its rank); the amount is A's. The name is the
subject of the copula, not its description.
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.indicator import subject_indicator

_WITH_AMOUNT: Final = re.compile(r"\svới(?:\s+(?:khoảng|gần|hơn|trên|tổng cộng))?\s*$")


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


# "A tiếp tục là động lực tăng trưởng chính ..., đóng góp 4,04 điểm phần trăm và chiếm tỷ
# trọng 30,6% trong GRDP": the verbs after the description are A's.
_DESCRIBED: Final = re.compile(
    r"^(?P<subject>[^,;:]{3,60}?)\s+(?:(?:tiếp tục|vẫn|cũng|đã)\s+)?là\s+[^,;:]{3,80},"
    r"(?P<rest>[^;:]*)$"
)
_VERB_OF_SUBJECT: Final = re.compile(r"^\s*(?:đóng góp|chiếm|và chiếm)\b")


def described_subject(draft: Draft, named: str, sentence: list[Draft], norm: str) -> str:
    """'đóng góp của Khu vực dịch vụ', 'tỷ trọng Khu vực dịch vụ trong GRDP' for the verbs
    after 'Khu vực dịch vụ tiếp tục là động lực ...,', or ''."""
    quantity = draft.quantity
    if quantity is None or not sentence or quantity.unit.text not in ("%", "điểm phần trăm"):
        return ""
    start = sentence[0].item_start
    if norm.find(" là ", start, quantity.lead_start) < 0:  # the cheap test first
        return ""
    clause = norm[start : quantity.lead_start]
    described = _DESCRIBED.match(clause)
    if described is None or not _VERB_OF_SUBJECT.match(described.group("rest")):
        return ""
    kind = quantity.unit.kind
    subject = subject_indicator(described.group("subject"), unit="%", unit_kind=kind, tail="")
    if not subject or len(subject.split()) > 8:
        return ""
    subject = f"{subject[:1].lower()}{subject[1:]}" if subject[1:2].islower() else subject
    if quantity.unit.text == "điểm phần trăm":
        return f"đóng góp của {subject}"
    if "chiếm" not in clause[-30:]:
        return ""
    whole = quantity.tail if quantity.tail.lower().startswith("trong ") else ""
    return f"tỷ trọng {subject} {whole}".strip()
