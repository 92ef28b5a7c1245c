"""A rise whose breakdown is estimated is itself an estimate.

"IIP 6 tháng tăng 4% so với cùng kỳ; trong đó chế biến, chế tạo ước tăng 4,0%, ...":
the rise of the whole is reckoned from its parts, which are not yet counted, so it is
estimated too, though the writer said "ước" only of the parts. A level of the whole
("tổng thu 5.000 tỷ đồng; trong đó thu nội địa ước ...") may be counted apart, a whole
with a verb of its own ("đến nay đạt 16,4 ngàn ha, trong đó ... ước khoảng 11,9 ngàn
ha") states its own result, and a part set apart by "riêng" is no breakdown of it.

>>> whole_shares_estimate("chỉ số sản xuất công nghiệp tăng ")
True
>>> whole_shares_estimate("diện tích cây lâu năm đến nay đạt ")
False
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from tiendo.extract.breakdown_kinds import own_verb
from tiendo.extract.clauses import without_asides
from tiendo.extract.narrowed_openings import said_as_rise

if TYPE_CHECKING:
    from tiendo.extract.clauses import Draft

# What opens the parts of the whole before it ("riêng" sets one part apart instead).
_PARTS_OPENING: Final = re.compile(r"[\s,;:(]*(?:trong đó|bao gồm)\b")


def whole_shares_estimate(whole_words: str) -> bool:
    """True when the words of the whole before its rise (lower-case) have no verb that
    states its own kind ("đạt", "là", "được", ...)."""
    return not own_verb(without_asides(whole_words))


def estimate_whole(low: str, part: Draft, own_cue: str | None, whole: Draft | None) -> None:
    """Make `whole`, the figure right before `part`, an estimate when the part opens with
    "trong đó" or "bao gồm" and its own words estimate it ("ước tăng"), where nothing
    named the whole's own kind."""
    if (
        own_cue != "estimate"
        or part.kind != "estimate"
        or whole is None
        or whole.kind != "actual"
        or whole.kind_cued
        or whole.in_paren
        or whole.sentence != part.sentence
        # A rise is reckoned from the parts; a level ("5.000 tỷ đồng") may be counted apart.
        or not said_as_rise(low, whole)
    ):
        return
    if _PARTS_OPENING.match(low, part.item_start) is None:
        return
    if whole_shares_estimate(low[whole.item_start : whole.anchor]):
        whole.kind = "estimate"
