"""Rises in a parenthesis opened right after a comparison's basis are on that basis.

"CPI tháng 9 tăng 0,24% so với tháng trước (khu vực thành thị tăng 0,27%, khu vực nông
thôn tăng 0,21%), tăng 2,44% so với cùng kỳ": the parenthesis glosses the rise it follows,
so its parts rose against the month before, as the whole did. Read alone, a rise with no
basis is set against the same period, the basis the whole's next rise names.

Only rises in a parenthesis that opens on the basis ("so với tháng trước (") and names no
basis or time of its own ("(tháng 8 tăng 2%)",
"(cùng kỳ năm trước tăng 6%)" are that time's figures, read elsewhere).

A sentence may open on its basis and list its parts after it, each part's rise in
parentheses: "Đà tăng so với tháng trước đến từ sắt thép các loại (+16%), xi măng
(+14,6%)". The basis leads the whole list, so every part rose against it, not only the
first, whose parenthesis follows the basis closest. Only when nothing but the list stands
between the basis and the parenthesis: no number, no ";" (a figure of its own ends the
lead). A rise against the month before is a month's rise, the last of the months in force
(month_bases.py): "7 tháng" before it does not make the parts' rises seven months' own.
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.comparisons import PERIOD_BASES, basis_of
from tiendo.extract.figure import Comparison
from tiendo.extract.month_bases import month_compared

# The basis that closes the words right before the parenthesis.
_BASIS_BEFORE: Final = re.compile(r"\bso(?:\s+với)?\s+([^,;:()%]{2,40}?)\s*$")
# A word of time inside the parenthesis makes its figures that time's own; a basis of its
# own ("so với", "kế hoạch") sets its rises against that.
_OWN_WORDS: Final = re.compile(r"\b(?:năm|tháng|quý|kỳ|vụ|so|kế hoạch|dự toán)\b")
# How far back a parenthesis that holds the rise may open.
_REACH: Final = 160
# The basis a list's lead opens on: "Đà tăng so với tháng trước đến từ …", up to the words
# that pass on to the parts ("đến từ", "ở", "là", ":").
_LEAD_BASIS: Final = re.compile(
    r"\bso(?:\s+với)?\s+([^,;:()%\d]{2,40}?)\s*(?=\bđến\s+từ\b|\bở\b|\blà\b|\bgồm\b|:|,)"
)
# The parts already listed, each with its parenthesis: "sắt thép (+16%), xi măng (".
_LISTED: Final = re.compile(r"\([^()]*\)")


def _lead_basis(low: str, draft: Draft, opened: int) -> str:
    """The basis words the sentence's lead opens on before the list `draft` is a part of,
    or "" when a number or a ";" stands between (the lead is then a figure's own)."""
    lead = _LISTED.sub(" ", low[draft.clause_start : opened])
    if ";" in lead or any(char.isdigit() for char in lead):
        return ""
    found = _LEAD_BASIS.search(lead)
    return found.group(1).strip() if found else ""


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
        words = named.group(1).strip() if named else ""
        if not words or basis_of(words) not in PERIOD_BASES:
            words = _lead_basis(low, draft, opened)  # "so với tháng trước đến từ A (+16%), B ("
        basis = basis_of(words) if words else "other"
        if basis not in PERIOD_BASES:
            continue
        draft.comparisons = [
            Comparison(basis, c.measure, c.percent, words) for c in draft.comparisons
        ]
        draft.period = month_compared(draft.period, [words]) or draft.period
