"""Things seized, listed after the verb: "thu giữ 158 bánh heroin, 43.541 viên và 14,9 kg ma
túy tổng hợp", "thu giữ một khẩu súng, 29 viên đạn và 2 hộp tiếp đạn tại huyện Tân Phú".

The verb governs every item of its list: each is a count of things seized, named by the
verb and the thing ("thu giữ viên đạn"), as "kết nạp 80 quần chúng" is named by its verb;
where it was seized ("tại huyện Tân Phú") is no part of the thing.
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.units import counted_noun

_SEIZED: Final = re.compile(r"\b(?:thu giữ|tịch thu)\b")
# Another act after the verb ends its list: "thu giữ 3 xe, khởi tố 5 bị can".
_OTHER_ACT: Final = re.compile(r"\b(?:bắt|khởi tố|xử lý|xử phạt|phát hiện|triệt phá)\b|[;.:]")
_PLACE: Final = re.compile(r"\s+(?:tại|ở|trên địa bàn|của)\s.*$")
_KINDS: Final = ("count", "measure")
_LONGEST_LIST: Final = 120


def seized_item(draft: Draft, low: str, norm: str) -> str:
    """'thu giữ viên đạn' for '29 viên đạn' after 'thu giữ ...', or ''."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.kind not in _KINDS:
        return ""
    floor = max(draft.clause_start, quantity.lead_start - _LONGEST_LIST)
    stretch = low[floor : quantity.lead_start]
    if "thu" not in stretch:  # the cheap test first
        return ""
    verb = None
    for verb in _SEIZED.finditer(stretch):  # noqa: B007 - the last one governs
        pass
    if verb is None or _OTHER_ACT.search(stretch, verb.end()):
        return ""
    tail = _PLACE.sub("", quantity.tail).strip()
    if quantity.unit.kind == "count":
        thing = f"{counted_noun(quantity.unit.text)} {tail}".strip()
    else:
        thing = tail
    return f"{verb.group()} {thing}" if thing else ""
