"""A plan's rise in parentheses after a rate is the rate the plan set, a level.

"tỷ lệ hộ nghèo giảm 1,2% (chỉ tiêu giảm 1%)", "GRDP tăng 7,5% (mục tiêu tăng 8%)",
"tăng 9,4% (NQ tăng 10%)": the remark names the plan, then gives its rate as the verb the
result was given with. It sets the rate to reach, as "(KH tăng 10 - 11%)" does, not a rise
measured against an earlier time.

>>> planned_rise("tỷ lệ hộ nghèo giảm 1,2% (chỉ tiêu giảm 1%)", 35)
True
>>> planned_rise("tỷ lệ hộ nghèo giảm 1,2% (giảm 1%)", 26)
False
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from tiendo.extract.figure import Kind
from tiendo.extract.lexicon import plan_opening

if TYPE_CHECKING:
    from tiendo.extract.clauses import Draft

# "(chỉ tiêu", "(mục tiêu năm 2024:", "(NQ", "(Nghị quyết đề ra", "(KH" right before the verb.
_PLAN_OPENS: Final = re.compile(plan_opening(r"\s", tail=r"(?:\s+(?:đề ra|đặt ra|giao))?\s*:?"))


# The verb of the plan's rate and its bound, right before the number.
_RISE_VERB: Final = re.compile(
    r"\b(?:tăng|giảm)(?:\s+(?:trên|dưới|khoảng|từ|tối thiểu|ít nhất))?\s*$"
)


def planned_rise(low: str, lead_start: int) -> bool:
    """True when the rise whose verb starts at `lead_start` follows a plan's name opening
    a parenthesis."""
    # A plain look-up first: most rises have no parenthesis right before them.
    start = max(0, lead_start - 32)
    if low.find("(", start, lead_start) < 0:
        return False
    return _PLAN_OPENS.search(low, start, lead_start) is not None


def planned_kind(cue: Kind | None, low: str, draft: Draft) -> Kind | None:
    """'target' for the rate a plan set, given in parentheses as its rise ("(chỉ tiêu giảm
    1%)"); else `cue`."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.kind != "percent" or cue == "target":
        return cue
    verb = _RISE_VERB.search(low, max(0, quantity.start - 24), quantity.start)
    return "target" if verb is not None and planned_rise(low, verb.start()) else cue
