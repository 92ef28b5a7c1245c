"""A count inside the subject of a later figure: "thu nhập bình quân của người dân tại 6 xã
đạt chuẩn (đến cuối năm 2019) là 45,91 triệu đồng/năm", "Tỷ lệ hộ nghèo tại 12 xã đặc
biệt khó khăn năm 2023 là 18,5%".

The words before the count end with a preposition ("tại", "của", "ở"): they are no subject
of the count but the head of a longer subject that the count's noun phrase completes. The
count counts its things ("xã đạt chuẩn"); the figure after it, with only a time and its
verb between, measures the whole subject ("thu nhập bình quân của người dân tại xã đạt
chuẩn").
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.indicator import subject_indicator
from tiendo.extract.units import counted_noun

_PREPOSITIONS: Final = (" tại", " của", " ở", " thuộc", " trên")
_ONLY_TIME_AND_VERB: Final = re.compile(
    r"^[\s,]*(?:(?:đến|tới|vào|trong)\s+)?(?:(?:cuối|đầu|hết)\s+)?"
    r"(?:(?:năm|tháng|quý)\s+[\d/ivx]+\s*)?(?:là|đạt|ước đạt|ước|còn|chỉ còn)?\s*$"
)


# The count's words read up to the next number: its own end before a time or a verb.
_TAIL_END: Final = re.compile(r"(?:^|\s)(?:là|đến|tới|vào|trong|năm|tháng|quý|cuối|đầu)\b.*$")


def _things(quantity_unit: str, tail: str) -> str:
    return f"{counted_noun(quantity_unit)} {_TAIL_END.sub('', tail)}".strip()


def nested_count(draft: Draft, named: str, sentence: list[Draft], norm: str) -> str:
    """The name of a count nested in a subject, or of the figure that subject is of; ''."""
    quantity = draft.quantity
    if quantity is None:
        return ""
    if (
        quantity.unit.kind == "count"
        and named.endswith(_PREPOSITIONS)
        # (the preposition right before the number, not before a name left out)
        and norm[draft.item_start : quantity.lead_start].rstrip().endswith(_PREPOSITIONS)
    ):
        return _things(quantity.unit.text, quantity.tail)  # "... tại 6 xã đạt chuẩn"
    previous = None
    for other in sentence:  # the figure read just before this one
        if other.anchor >= draft.anchor:
            break
        previous = other
    count = previous.quantity if previous is not None else None
    if previous is None or count is None or count.unit.kind != "count":
        return ""
    head = norm[previous.item_start : count.lead_start]
    if not head.rstrip().endswith(_PREPOSITIONS):  # the cheap test first
        return ""
    own = _TAIL_END.sub("", count.tail)
    after = count.unit.end + (len(own) + 1 if own else 0)
    if not _ONLY_TIME_AND_VERB.match(norm[after : quantity.lead_start].lower()):
        return ""
    measure = subject_indicator(head, unit=quantity.unit.text, unit_kind=quantity.unit.kind,
                                tail="")  # fmt: skip
    if not measure.endswith(_PREPOSITIONS):
        return ""
    return f"{measure} {_things(count.unit.text, count.tail)}"
