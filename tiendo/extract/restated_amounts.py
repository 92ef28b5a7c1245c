"""A share stated first, the amount it comes to after it: one figure.

"riêng vốn sự nghiệp đạt 80,94% kế hoạch, tương ứng gần 15 tỷ đồng": the share of the plan
is the amount's, written before it and restated as money by "tương ứng" (or "tương
đương"). The share is a comparison of the amount, not a figure of its own. A rate that is
the level of its indicator ("tỷ lệ hộ nghèo còn 26,73%, tương ứng 48.824 hộ") has a level
and stays a figure; a rise ("tăng 12%, tương ứng tăng 300 tỷ đồng") restated as a
difference is left alone.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:  # clauses imports modules that import the steps
    from tiendo.extract.clauses import Draft

# Between the share and the amount: the words that restate it, and nothing else.
_RESTATES: Final = re.compile(r"[\s,]*(?:tương ứng|tương đương)(?:\s+(?:với|là))?\s*")


def join_restated_amounts(low: str, drafts: list[Draft]) -> None:
    """Make each share of a plan, budget or earlier time that the next figure restates as
    an amount a comparison of that amount, and take it out of `drafts`."""
    for share, amount in pairwise(list(drafts)):
        quantity = amount.quantity
        if (
            share.quantity is not None
            or len(share.comparisons) != 1
            or share.comparisons[0].measure != "ratio"
            or share.comparisons[0].basis == "other"
            or quantity is None
            or quantity.unit.kind not in ("money", "measure")
            or amount.comparisons
            or not _RESTATES.fullmatch(low, share.extent_end, quantity.lead_start)
        ):
            continue
        amount.comparisons = [*share.comparisons]
        drafts.remove(share)
