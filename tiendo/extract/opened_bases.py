"""Rises in a parenthesis opened right after a comparison's basis are on that basis.

"CPI tháng 9 tăng 0,24% so với tháng trước (khu vực thành thị tăng 0,27%, khu vực nông
thôn tăng 0,21%), tăng 2,44% so với cùng kỳ": the parenthesis glosses the rise it follows,
so its parts rose against the month before, as the whole did. Read alone, a rise with no
basis is set against the same period, the basis the whole's next rise names.

Only rises in a parenthesis that opens on the basis ("so với tháng trước (") and names no
basis or time of its own ("(tháng 8 tăng 2%)",
"(cùng kỳ năm trước tăng 6%)" are that time's figures, read elsewhere).
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.comparisons import PERIOD_BASES, basis_of
from tiendo.extract.figure import Comparison

# The basis that closes the words right before the parenthesis.
_BASIS_BEFORE: Final = re.compile(r"\bso(?:\s+với)?\s+([^,;:()%]{2,40}?)\s*$")
# A word of time inside the parenthesis makes its figures that time's own; a basis of its
# own ("so với", "kế hoạch") sets its rises against that.
_OWN_WORDS: Final = re.compile(r"\b(?:năm|tháng|quý|kỳ|vụ|so|kế hoạch|dự toán)\b")
# How far back a parenthesis that holds the rise may open.
_REACH: Final = 160


def open_on_basis(low: str, drafts: list[Draft]) -> None:
    """Give each bare rise inside a parenthesis opened right after a basis that basis."""
    for draft in drafts:
        if not draft.in_paren or not draft.comparisons:
            continue
        if any(c.measure != "change" for c in draft.comparisons):
            continue
        opened = low.rfind("(", max(0, draft.anchor - _REACH), draft.anchor)
        closed = low.find(")", draft.anchor, draft.anchor + _REACH)
        if opened < 0 or closed < 0 or ")" in low[opened : draft.anchor]:
            continue
        if _OWN_WORDS.search(low, opened, closed):
            continue
        named = _BASIS_BEFORE.search(low, max(0, opened - 50), opened)
        basis = basis_of(named.group(1)) if named else "other"
        if basis not in PERIOD_BASES:
            continue
        words = named.group(1).strip() if named else ""
        draft.comparisons = [
            Comparison(basis, c.measure, c.percent, words) for c in draft.comparisons
        ]
