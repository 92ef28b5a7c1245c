"""A rise or fall said to be "in" a branch, its size in parentheses after the branch.

"…, trong đó tăng ở các ngành: khai khoáng (51,74%), chế biến, chế tạo (2,74%); và giảm ở
ngành sản xuất và phân phối điện (20,4%)": the verb comes first and names where the index
moved ("tăng ở", "giảm ở"), and the size follows the branch in parentheses. The
percentage is the branch's rise (a fall, signed, after "giảm ở"), on the basis the
sentence set the whole against; read alone it would be a level of 20,4% named "giảm ở
ngành …".

Only a bare percentage in parentheses right after the branch, in a clause that opens on
"tăng ở" / "giảm ở" with a word for a part ("ngành", "nhóm", "lĩnh vực", "khu vực", "mặt
hàng"), is read so.
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.figure import Basis, Comparison

_LOCATED: Final = re.compile(
    r"\b(tăng|giảm)\s+ở\s+(?:các\s+)?(?:ngành|nhóm|lĩnh vực|khu vực|mặt hàng)\s"
    r"[^()%\d;:]{1,60}\(\s*$"
)
_VERB_OPENING: Final = re.compile(r"^\s*(?:và\s+)?(?:tăng|giảm)\s+ở\s+(?:các\s+)?", re.IGNORECASE)
_REACH: Final = 90


def read_located_rises(low: str, drafts: list[Draft]) -> None:
    """Turn each bare percentage of a branch after "tăng ở" / "giảm ở" into its rise."""
    for position, draft in enumerate(drafts):
        quantity = draft.quantity
        if quantity is None or quantity.unit.kind != "percent" or draft.comparisons:
            continue
        if not low[quantity.unit.end : quantity.unit.end + 2].lstrip().startswith(")"):
            continue
        located = _LOCATED.search(low, max(0, quantity.lead_start - _REACH), quantity.lead_start)
        if located is None:
            continue
        basis, words = _whole_basis(drafts[:position])
        fall = located.group(1) == "giảm"
        percent = -quantity.value if fall else quantity.value
        draft.comparisons = [Comparison(basis, "change", percent, words)]
        draft.number_start = quantity.start
        draft.quantity = None
        draft.indicator = _VERB_OPENING.sub("", draft.indicator) or draft.indicator


def _whole_basis(before: list[Draft]) -> tuple[Basis, str]:
    """The basis of the last rise stated before, the whole's; the same period if none."""
    for draft in reversed(before):
        for comparison in reversed(draft.comparisons):
            if comparison.measure == "change":
                return comparison.basis, comparison.basis_text
    return "same_period", ""
