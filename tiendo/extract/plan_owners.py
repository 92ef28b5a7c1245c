"""A share of the plan is no comparison of the plan's own level.

"kế hoạch vốn đầu tư công được giao trên 3.580 tỷ đồng và đến nay đã giải ngân được 62% kế
hoạch": 3.580 tỷ đồng is the plan; the 62% is of what was disbursed, a figure of its own.
"giải ngân hơn 2.458 tỉ đồng trên tổng kế hoạch 7.758 tỉ đồng, đạt 31,6% kế hoạch": the
share is the disbursed amount's, the one the plan's level was written after.

A level is the plan's when the plan's noun names it with no verb of a result between them
("vốn kế hoạch năm 2022 kéo dài sang năm 2023 giải ngân 441,7 tỷ đồng, đạt 28,48%" is a
disbursement: the year and the verb stand between) nor right before the noun ("đã hoàn
thành kế hoạch 500 ha trồng rừng, đạt 100% kế hoạch": the plan done, a result).

>>> low = "giải ngân hơn 2.458 tỉ đồng trên tổng kế hoạch 7.758 tỉ đồng"
>>> names_plan_level(low, low.index("7.758"))
True
>>> low = "vốn kế hoạch năm 2022 kéo dài sang năm 2023 giải ngân 441,7 tỷ đồng"
>>> names_plan_level(low, low.index("441"))
False
>>> low = "tỉnh đã hoàn thành kế hoạch 500 ha trồng rừng"
>>> names_plan_level(low, low.index("500"))
False
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from tiendo.extract.clauses import Draft

# The plan's noun, at most a few words of what it is of or who set it, then the level.
_PLAN_LEVEL: Final = re.compile(
    r"\b(?:kế hoạch|dự toán)(?P<words>[^\d,;.()%]{0,40}?)"
    r"\s*(?:là\s+)?(?:trên|hơn|gần|khoảng)?\s*$"
)
_RESULT_VERB: Final = re.compile(
    r"\b(?:giải ngân|đạt|thực hiện|hoàn thành|thu được|đã|mới|kéo dài|sang|còn)\b"
)
# The same verbs right before the plan's noun: "hoàn thành kế hoạch 500 ha", "vượt dự toán
# 300 tỷ đồng" give what was done or the surplus, not the plan.
_RESULT_VERB_BEFORE: Final = re.compile(
    r"\b(?:giải ngân|đạt|thực hiện|hoàn thành|vượt|thu được)\s+(?:tổng\s+)?$"
)
# "2.458 tỉ đồng trên tổng kế hoạch ": the result the plan's level is written after.
_OVER_PLAN: Final = re.compile(r"\s*(?:trên|/)\s*(?:tổng\s+)?(?:số\s+)?(?:kế hoạch|dự toán)\b")
_REACH: Final = 60


def names_plan_level(low: str, lead_start: int) -> bool:
    """True when the words right before the level starting at `lead_start` name it as
    the plan's."""
    window = max(0, lead_start - _REACH)
    if low.find("kế hoạch", window, lead_start) < 0 and low.find("dự toán", window, lead_start) < 0:
        return False  # the cheap test first: most levels name no plan before them
    window = max(window, max(low.rfind(c, window, lead_start) for c in ",;.:(") + 1)
    if low[window - 1 : window] == "(":
        return False  # "53,5 ha (kế hoạch 52 ha), vượt 2,9%": a remark on the result before
    found = _PLAN_LEVEL.search(low, window, lead_start)
    return (
        found is not None
        and _RESULT_VERB.search(found.group("words")) is None
        and _RESULT_VERB_BEFORE.search(low, max(0, found.start() - 20), found.start()) is None
    )


def share_host(low: str, host: Draft | None, basis: str, drafts: list[Draft]) -> Draft | None:
    """The figure a share of the plan or budget (`basis`) read after `host` belongs to:
    `host` itself, unless it is the plan's own level; then the result written right before
    that level, or None (the share is a figure of its own)."""
    if host is None or host.quantity is None or basis not in ("plan", "budget"):
        return host
    if not names_plan_level(low, host.quantity.lead_start):
        return host
    return result_of_plan(low, host, drafts)


def result_of_plan(low: str, host: Draft, drafts: list[Draft]) -> Draft | None:
    """The amount a share of the plan belongs to when `host` is the plan's level: the one
    written right before it "trên tổng kế hoạch", else None (a figure of its own)."""
    for draft in reversed(drafts):
        if draft is host or draft.anchor >= host.anchor:
            continue
        quantity = draft.quantity
        if (
            quantity is not None
            and host.quantity is not None
            and quantity.unit.text == host.quantity.unit.text
            and _OVER_PLAN.match(low, quantity.extent_end)
        ):
            return draft
        return None
    return None
