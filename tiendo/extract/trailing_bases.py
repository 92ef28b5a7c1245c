"""Bare shares listed before the one that names their basis share it.

"Ngân sách địa phương giải ngân gần 65%, vốn tỉnh giao bổ sung trên 61%, vốn năm 2022 kéo
dài đạt 44% kế hoạch": one clause lists what each source of capital disbursed, and the plan
they are measured against is written once, after the last. The bare percentages before it
are shares of that plan too, not rates of their own. A rate named as such ("tỷ lệ hộ
nghèo 3,2%") keeps its level, and so does anything a stop or a semicolon sets apart.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from tiendo.extract.figure import Comparison

if TYPE_CHECKING:  # clauses imports modules that import the steps
    from tiendo.extract.clauses import Draft

# Words that make a percentage the level of a rate of its own.
_RATE_WORDS: Final = re.compile(
    r"\b(?:tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng|tốc độ|chiếm|bình quân|cơ cấu|tăng|giảm|còn|là)\b"
)
# Between two items: a comma, then the next item's words (no stop; a year may stand in them).
_NEXT_ITEM: Final = re.compile(r"\s*,\s*[^\W\d_][^;:.()%]{0,60}$")


def share_trailing_basis(low: str, drafts: list[Draft]) -> None:
    """Give the bare shares listed before a share of a plan or budget that share's basis."""
    for index, last in enumerate(drafts):
        if (
            last.quantity is not None
            or len(last.comparisons) != 1
            or last.comparisons[0].measure != "ratio"
            or last.comparisons[0].basis not in ("plan", "budget")
        ):
            continue
        listed: list[Draft] = []
        after = last.anchor
        for draft in reversed(drafts[:index]):
            quantity = draft.quantity
            if (
                quantity is None
                or quantity.unit.kind != "percent"
                or draft.comparisons
                or quantity.value_max is not None
                or not _NEXT_ITEM.match(low[quantity.unit.end : after])
                or _RATE_WORDS.search(low, draft.item_start, quantity.lead_start)
            ):
                break
            listed.append(draft)
            after = quantity.lead_start
        if not listed:
            continue
        share = last.comparisons[0]
        for draft in listed:
            quantity = draft.quantity
            assert quantity is not None  # (the loop above took only drafts with one)
            draft.comparisons = [Comparison(share.basis, "ratio", quantity.value, share.basis_text)]
            draft.number_start = quantity.lead_start
            draft.quantity = None
