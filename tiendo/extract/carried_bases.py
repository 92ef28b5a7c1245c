"""A basis stated once carries down the list of its sentence.

"Cũng trong tháng, toàn quốc xảy ra 261 vụ ..., giảm 40,27% so với tháng trước; 121 vụ ...,
tăng 51,25%; 2.178 vụ ..., giảm 12,88%": the items after the first state their rise with no
basis, and the first one's basis ("tháng trước") is theirs too. Without it, a rise with no
basis is on the same time of last year; the list says otherwise.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from tiendo.extract.comparisons import PERIOD_BASES, basis_of

if TYPE_CHECKING:
    from tiendo.extract.clauses import Draft
    from tiendo.extract.figure import Basis


def listed_basis(draft: Draft, sentence: list[Draft]) -> Basis | None:
    """The basis the nearest figure before `draft` in its sentence, of the same time, stated
    for its rise in words ("so với tháng trước"), or None."""
    if draft.quoted_from is not None or draft.in_paren:
        return None  # "(cùng kỳ năm trước giảm 19,5%)": a remark, not an item
    for other in reversed(sentence):
        if other.anchor >= draft.anchor or other.in_paren or other.quoted_from is not None:
            continue
        if other.period != draft.period:
            return None  # another time: another list
        for comparison in other.comparisons:
            if (
                comparison.measure == "change"
                and comparison.basis_text
                and comparison.basis in ("previous", "same_period")
            ):
                return comparison.basis
    return None


def carried_basis(drafts: list[Draft]) -> str:
    """The basis words a sentence hands to the breakdown that follows it ("..., tăng 5,38%
    so với cùng kỳ. Trong đó, khu vực A tăng 4,12%"): the last one it stated for a rise.
    A figure that rose on a time and passed its plan ("tăng 7,75% so với năm 2016 (vượt
    kế hoạch 0,25%)") hands on the time: its parts rose, they are not said to pass a plan.
    """
    for draft in reversed(drafts):
        explicit = [
            c
            for c in draft.comparisons
            if c.measure == "change" and c.basis_text and c.basis != "other"
        ]
        if explicit:
            timed = [c for c in explicit if c.basis in ("previous", "same_period")]
            return (timed or explicit)[-1].basis_text
    return ""


# An item that closes on a time basis of its own before ";": "…, tăng 14,38% so với cuối
# năm 2021; dư nợ trung, dài hạn …, tăng 2,48%".
_ITEM_BASIS: Final = re.compile(r"\bso(?:\s+với)?\s+([^,;:()%\d]{2,40}?(?:\d{4})?)\s*;")


def item_bases(sentence: str) -> list[tuple[int, str]]:
    """Where each item of lower-case `sentence` that states a time basis of its own ends
    (at its ";"), with the basis's words. A list carried from the sentence before ("Trong
    đó, …") hands its basis down only until an item states its own: the bare rises after
    that item are on the item's basis, as they would be within one sentence."""
    if ";" not in sentence or "so" not in sentence:  # the cheap test first
        return []
    return [
        (m.end(), m.group(1))
        for m in _ITEM_BASIS.finditer(sentence)
        if basis_of(m.group(1)) in PERIOD_BASES
    ]
