"""An amount left not yet done: "..., còn 1.664 tỷ đồng (chiếm 28%) chưa giao chi tiết".

"còn N chưa X" says what is left of a whole the sentence (or the one before) gave: the
capital not yet allocated is the whole's measure with what is not yet done to it ("vốn
đầu tư công chưa giao chi tiết"), not the verb of the part that was done before it.
"""

from __future__ import annotations

import re
from itertools import chain
from typing import Final

from tiendo.extract.clauses import Draft

_LEFT: Final = re.compile(r"\bcòn(?:\s+lại)?(?:\s+(?:hơn|khoảng|gần|trên|xấp xỉ))?\s*$")
_NOT_YET: Final = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?(?P<undone>chưa\s+[^\W\d][^\d,;.()]{1,40})"
)
# What a whole's name holds that its remainder does not share: its plan or total, its owner.
_WHOLE_LEAD: Final = re.compile(r"^(?:tổng\s+|kế hoạch\s+)+", re.IGNORECASE)
_MEASURE: Final = re.compile(r"^(?:tổng\s+|kế hoạch\s+)*(?:vốn|kinh phí|ngân sách|dự toán)\b", re.I)
_WHOLE_TAIL: Final = re.compile(r"\s+(?:của|trên địa bàn|được|đã|năm)\b.*$", re.IGNORECASE)


def remaining(draft: Draft, sentence: list[Draft], previous: list[Draft], norm: str) -> str:
    """'vốn đầu tư công chưa giao chi tiết' for 'còn 1.664 tỷ đồng chưa giao chi tiết' after
    a plan of public investment capital, or ''."""
    quantity = draft.quantity
    if quantity is None:
        return ""
    lead = norm[max(0, quantity.lead_start - 16) : quantity.lead_start]
    if "còn" not in lead or not _LEFT.search(lead):  # the cheap test first
        return ""
    undone = _NOT_YET.match(norm, quantity.extent_end)
    if undone is None:
        return ""
    # The whole is named by its measure ("kế hoạch vốn ...", "tổng vốn ..."), not by what
    # was done with a part of it ("giao chi tiết 4.240 tỷ đồng").
    wholes = chain((d for d in sentence if d.anchor < draft.anchor), previous)  # lazily
    whole = next(
        (
            d.indicator
            for d in wholes
            if d.quantity and d.quantity.unit.kind == "money" and _MEASURE.match(d.indicator)
        ),
        "",
    )
    measure = _WHOLE_TAIL.sub("", _WHOLE_LEAD.sub("", whole)).strip()
    if not measure:
        return ""
    return f"{measure} {' '.join(undone.group('undone').split())}"
