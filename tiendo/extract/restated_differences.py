"""A share in parentheses after an absolute difference restates that difference as a rise:
"tăng 30 ca (38%) so với tuần trước", "giảm 24 vụ (-14,63%)" (the sign repeats the verb).
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.comparisons import read_basis_after
from tiendo.extract.figure import Measure
from tiendo.extract.quantities import Quantity

# What may stand between the parenthesis and the share: "(-14,63%)", "(+11,1%)", "(bằng 38%)".
_RESTATING: Final = frozenset(
    {"", "bằng", "tương đương", "tương ứng", "tăng", "giảm", "-", "−", "+"}
)
_CHANGE_VERB_AT: Final = re.compile(r"[\s,(]*(tăng|giảm)\b")


def restated_difference(
    low: str, differences: list[tuple[int, int]], quantity: Quantity
) -> tuple[int, Measure, str | None, int, str, bool] | None:
    """The change a share restates when it follows, in parentheses, one of the sentence's
    absolute `differences`: (first word, "change", basis, end, "", fall), or None."""
    opening = low.rfind("(", max(0, quantity.lead_start - 24), quantity.lead_start)
    if opening < 0 or low[opening + 1 : quantity.lead_start].strip() not in _RESTATING:
        return None
    for start, end in differences:
        if end <= opening and not low[end:opening].strip():
            verb = _CHANGE_VERB_AT.match(low, start)
            if verb is None:
                return None
            after = read_basis_after(low, quantity.extent_end + 1)
            basis_text, basis_end = after if after else (None, quantity.extent_end + 1)
            return start, "change", basis_text, basis_end, "", verb.group(1) == "giảm"
    return None
