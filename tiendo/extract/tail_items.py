"""Names of a figure read from the figure before it: an item whose words were read as the
tail of the number before ("thịt bò 3.000 tấn và thịt gia cầm 49.743 tấn"), and the yearly
change of the measure named just before ("..., bình quân mỗi năm giảm 2%").

`late_names` asks these last; they live here so that each module stays short.
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.sibling_items import headed

# "thịt bò 3.000 tấn và thịt gia cầm các loại 49.743 tấn": the words read after the number
# before are the next item's name, not more of the one before.
_AND_ITEM: Final = re.compile(r"^và\s+(?=\S)")
_VERB_OF_RATE: Final = re.compile(r"\b(tăng|giảm)\b[^,;]*$")
# "kết nạp 1.650 đảng viên, bình quân mỗi năm 330 đảng viên": a count per year with no
# verb of its own, after a count of the same thing, is that count's measure per year.
_YEARLY: Final = re.compile(r"^(?:(?:bình quân|trung bình)\s+)?(?:mỗi|hằng|hàng)\s+năm\b", re.I)
# "Cả nhiệm kỳ tạo việc làm cho ...", "kết nạp 450 đảng viên trong nhiệm kỳ": the total's
# span, which a yearly count does not share.
_SPAN: Final = re.compile(r"(?:^|\s)(?:(?:trong|cả)\s+)?nhiệm kỳ(?:\s+(?:qua|này))?(?=\s|$)", re.I)
_GIVEN_TO: Final = re.compile(r"(?:^|\s)và\s+(?P<act>\S+(?:\s+\S+){1,6}?)\s+cho$")


def item_read_as_tail(draft: Draft, named: str, earlier: list[Draft]) -> str:
    """The name of an item whose words were read as the tail of the number before it."""
    before = [d for d in earlier if d.anchor < draft.anchor and d.quantity is not None]
    previous = before[-1].quantity if before else None
    if previous is None or draft.quantity is None:
        return ""
    given = _GIVEN_TO.search(previous.tail)
    if given is not None and draft.quantity.unit.kind == "count":
        # "kết nạp 192 đảng viên mới và công nhận đảng viên chính thức cho 148 đồng chí":
        # the second verb and its object are this count's, not more of the one before.
        own = before[-1].indicator
        if own.endswith(previous.tail):
            kept = previous.tail[: given.start()].strip()
            before[-1].indicator = f"{own[: len(own) - len(previous.tail)]}{kept}".strip()
        return given.group("act")
    if not _AND_ITEM.match(previous.tail):
        return ""
    if previous.unit.text != draft.quantity.unit.text:
        return ""
    item = _AND_ITEM.sub("", previous.tail)
    return headed(before[-1].indicator, item) or ""


def per_year(draft: Draft, named: str, earlier: list[Draft], low: str) -> str:
    """'tỷ lệ hộ nghèo ... còn 8,58%, bình quân mỗi năm giảm 2%': the yearly change of the
    measure named just before, or ""."""
    before = [d for d in earlier if d.anchor < draft.anchor and d.indicator]
    verb = _VERB_OF_RATE.search(low, draft.item_start, draft.anchor)
    if not before or verb is None:
        return ""
    return f"{before[-1].indicator} {verb.group(1)} {named}"


def yearly_count(draft: Draft, named: str, earlier: list[Draft]) -> str:
    """'tạo việc làm cho 10.500 lao động, bình quân mỗi năm 2.100 lao động': the measure
    of the count before, per year, or ""."""
    yearly = _YEARLY.match(named)
    quantity = draft.quantity
    if yearly is None or quantity is None:
        return ""
    if named[yearly.end() :].strip() not in ("", quantity.unit.text):
        return ""  # "mỗi năm, riêng trồng trọt đạt 26.140 tỷ đồng": a part named after it
    before = [d for d in earlier if d.anchor < draft.anchor and d.quantity is not None]
    last = before[-1] if before else None
    if last is None or last.quantity is None or not last.indicator:
        return ""
    if last.quantity.unit.text != quantity.unit.text:
        return ""
    measure = " ".join(_SPAN.sub(" ", last.indicator).split())
    return f"{measure} {yearly.group()}" if measure else ""
