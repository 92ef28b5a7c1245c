"""An amount assigned to a body: "HĐND tỉnh giao 5.500 tỷ đồng", "Cục Hải quan được giao thu
13.500 tỷ đồng từ hoạt động xuất nhập khẩu".

The body that assigns or is assigned is part of the name (whose plan it is), but the name
is of the plan: a collection assigned ("được giao thu ... từ X") is the estimate of that
collection ("dự toán thu từ X giao Cục Hải quan"); an item that only changes who assigned
("..., HĐND tỉnh giao 5.500 tỷ đồng") is the plan the item before it named, by that body.
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft

_ASSIGNED: Final = re.compile(
    r"^[\s,;]*(?:còn\s+|và\s+)?(?P<actor>[A-ZĐ][^\d,;:()]{1,50}?)\s+(?P<passive>được\s+)?giao"
    r"(?:\s+(?P<verb>thu|chi))?(?:\s+(?:là|khoảng|hơn|trên|gần))*\s*$"
)
# What an earlier item's name says of the body that assigned it: "do Bộ Tài chính giao".
_ASSIGNED_BY: Final = re.compile(r"\s+do\s.*$")
# Where the collection comes from, after the amount: "từ hoạt động xuất nhập khẩu".
_SOURCE: Final = re.compile(r"[ \t]*(từ\s+[^\W\d][^\d,;.()]{1,50})")


def assigned_amount(draft: Draft, sentence: list[Draft], norm: str) -> str:
    """'dự toán thu từ hoạt động xuất nhập khẩu giao Cục Hải quan Thanh Hóa', 'dự toán thu
    NSNN trên địa bàn HĐND tỉnh giao', or ''."""
    quantity = draft.quantity
    if quantity is None:
        return ""
    pre = norm[draft.item_start : quantity.lead_start]
    if "giao" not in pre[-16:]:  # the cheap test first
        return ""
    found = _ASSIGNED.match(pre)
    if found is None:
        return ""
    actor = " ".join(found.group("actor").split())
    if found.group("verb"):
        if not found.group("passive"):
            return ""
        source = _SOURCE.match(norm, quantity.extent_end)
        tail = " ".join(source.group(1).split()) if source else ""
        return " ".join(f"dự toán {found.group('verb')} {tail} giao {actor}".split())
    before = next(
        (
            d
            for d in reversed(sentence)
            if d.anchor < draft.anchor and d.quantity and d.quantity.unit.kind == "money"
        ),
        None,
    )
    if before is None or " do " not in before.indicator:
        return ""
    plan = _ASSIGNED_BY.sub("", before.indicator)
    return f"{plan} {actor} giao" if plan.lower().startswith(("dự toán", "kế hoạch")) else ""
