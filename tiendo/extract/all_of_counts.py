"""'cả 4 xã đều …': the things counted before, all of them, not a new count.

"… công nhận 4 xã … đạt chuẩn nông thôn mới. Kết quả thẩm định cho thấy cả 4 xã đều hoàn
thành 19/19 tiêu chí": "cả … đều" (all … alike) speaks of every one of a set the text has
already counted, here the four communes of the sentence before; the count is that one
again, not a figure of its own. A count with no earlier one of the same things stays.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:  # clauses imports modules that import the steps
    from tiendo.extract.clauses import Draft

_ALL_BEFORE: Final = re.compile(r"\b(?:tất\s+)?cả\s+$")
_ALIKE_AFTER: Final = re.compile(r"[^\d,;:.]{0,30}?\bđều\b")


def drop_counts_of_all(low: str, drafts: list[Draft], previous: list[Draft]) -> None:
    """Take out of `drafts` each "cả N … đều" count that restates an earlier count."""
    for draft in list(drafts):
        quantity = draft.quantity
        if quantity is None or quantity.unit.kind != "count":
            continue
        if not _ALL_BEFORE.search(low, max(0, quantity.lead_start - 10), quantity.lead_start):
            continue
        if not _ALIKE_AFTER.match(low, quantity.unit.end):
            continue
        earlier = [
            d
            for d in [*previous, *drafts]
            if d.anchor < draft.anchor
            and d.quantity is not None
            and d.quantity.value == quantity.value
            and d.quantity.unit.text == quantity.unit.text
        ]
        if earlier:
            drafts.remove(draft)
