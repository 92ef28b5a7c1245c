"""'kết quả đạt 106% kế hoạch': the share of the result stated just before.

"giải quyết việc làm cho 16.532 lao động, trong khi kế hoạch giao là 15.500 lao động; kết
quả đạt 106,05% kế hoạch, tăng 3,06% so với năm trước": "kết quả" (the result) names no new
thing measured; it points back to the level achieved, and its comparisons are that level's,
not a figure of their own. The level is the nearest one before that is no target (the plan
"15.500 lao động" is what the result is set against), in the sentence or the one before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:  # clauses imports modules that import the steps
    from tiendo.extract.clauses import Draft

# Only "kết quả" (this, that, of the work) before the share's verb.
_RESULT_ONLY: Final = re.compile(
    r"[\s,;:]*(?:và\s+)?kết quả(?:\s+(?:này|đó|trên|thực hiện|đạt được))?[\s,]*"
)


def _level_before(draft: Draft, drafts: list[Draft]) -> Draft | None:
    """The nearest figure before `draft` with a level of its own that is no target."""
    for other in reversed(drafts):
        if other.anchor >= draft.anchor:
            continue
        quantity = other.quantity
        if quantity is not None and quantity.unit.kind != "percent" and other.kind != "target":
            return other
    return None


def attach_result_shares(low: str, drafts: list[Draft], previous: list[Draft]) -> None:
    """Give the comparisons of each figure named only "kết quả" to the level achieved
    before it, and take that figure out of `drafts`."""
    for draft in list(drafts):
        if draft.quantity is not None or not draft.comparisons:
            continue
        if not _RESULT_ONLY.fullmatch(low, draft.item_start, draft.anchor):
            continue
        level = _level_before(draft, drafts) or _level_before(draft, previous)
        if level is None:
            continue
        level.comparisons.extend(draft.comparisons)
        drafts.remove(draft)
