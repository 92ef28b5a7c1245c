"""Events a heading names before a colon, counted after it by a bare noun.

"Năm 2016, phạm pháp hình sự trên địa bàn tiếp tục được kéo giảm: xảy ra 5.205 vụ": the
cases that occurred are the heading's crimes, "số vụ phạm pháp hình sự", as "xảy ra 5.205
vụ phạm pháp hình sự" would say; "Tình hình tai nạn giao thông được kéo giảm: xảy ra 42
vụ" counts traffic accidents. The heading's subject runs to its predicate ("được", "tiếp
tục", "giảm", …) or a place ("trên địa bàn"); a count that names its own events ("xảy ra
52 vụ cháy") keeps them.

>>> heading_events("năm 2016, phạm pháp hình sự trên địa bàn tiếp tục được kéo giảm: xảy ra")
'phạm pháp hình sự'
>>> heading_events("tình hình tai nạn giao thông được kéo giảm: xảy ra")
'tai nạn giao thông'
>>> heading_events("kết quả: xảy ra") is None
True
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft

# The time or place a sentence opens with ("Năm 2016, ", "Trong quý I, ") goes first.
_OPENING: Final = re.compile(r"^(?:(?:năm|tháng|quý|trong|từ|tính|qua|sau)\b[^,:]*,\s*)?")
_STATE: Final = re.compile(r"^tình hình\s+")
# Where the subject's predicate or its place starts.
_PREDICATE: Final = re.compile(
    r"\s(?:tiếp tục|được|bị|đã|vẫn|còn|có|giảm|tăng|diễn biến|xảy ra|trên địa bàn|ở|tại|"
    r"trong|cơ bản|ổn định|được kiềm chế)\b|,"
)
# Headings that name no events: a word of the report, not what happened.
_NOT_EVENTS: Final = ("kết quả", "cụ thể", "trong đó", "theo đó", "tổng cộng", "số liệu")
_OCCURRED: Final = re.compile(r":\s*(?:đã\s+)?xảy ra\s*$")


def heading_events(heading: str) -> str | None:
    """The events the lower-case `heading` (up to the count after its colon) names before
    its colon, when a bare "xảy ra" follows the colon; else None."""
    if not _OCCURRED.search(heading):
        return None
    subject = _STATE.sub("", _OPENING.sub("", heading[: heading.rfind(":")].strip()))
    cut = _PREDICATE.search(subject)
    subject = (subject[: cut.start()] if cut else subject).strip()
    if not subject or len(subject.split()) > 6 or subject.startswith(_NOT_EVENTS):
        return None
    return subject


def name_heading_events(low: str, drafts: list[Draft], sentence: str) -> None:
    """Name each bare count of occurred events after a colon ("…: xảy ra 5.205 vụ") by the
    events the heading before the colon names."""
    for draft in drafts:
        quantity = draft.quantity
        if quantity is None or quantity.unit.kind != "count" or quantity.tail.strip():
            continue
        if not draft.indicator.lower().endswith(quantity.unit.text):
            continue  # a name an earlier step gave ("… về ma túy") stands
        colon = low.rfind(":", max(0, quantity.lead_start - 40), quantity.lead_start)
        if colon < 0 or not _OCCURRED.search(low, colon, quantity.lead_start):
            continue
        at = sentence.find(":")
        events = (
            heading_events(sentence[:at] + low[colon : quantity.lead_start]) if at > 0 else None
        )
        if events:
            draft.indicator = f"số {quantity.unit.text} {events}"
