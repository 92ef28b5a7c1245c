"""Bare shares of the parts listed after a whole compared with its plan: "Tổng thu ngân
sách ước 865,6 nghìn tỷ đồng, bằng 71,4% dự toán năm. Các khoản thu lần lượt là: thu nội
địa 679,2 nghìn tỷ đồng (68,6%), thu từ dầu thô 35,2 nghìn tỷ đồng (91,8%)". A sentence
that opens by announcing parts (a colon before its first amount) goes on with the share
its whole was given in the sentence before: each bare share is of the part's own plan or
budget, not a level of its own.

>>> from tiendo.extract.clauses import Draft
>>> from tiendo.extract.figure import Comparison
>>> from tiendo.extract.mentions import find_quantities
>>> low = "các khoản thu lần lượt là: thu nội địa 679,2 nghìn tỷ đồng (68,6%)"
>>> ratio = Comparison("budget", "ratio", 71.4, "dự toán năm")
>>> whole = Draft(0, 0, 0, 0, 0, comparisons=[ratio])
>>> share = find_quantities(low, low, 0, len(low))[-1]
>>> carried_share_basis(low, 0, share, [whole])
'dự toán năm'
>>> carried_share_basis(low.replace(":", ","), 0, share, [whole])
>>> total = find_quantities("thu 989,9 nghìn tỷ đồng", "thu 989,9 nghìn tỷ đồng", 0, 23)[0]
>>> carried_share_basis(low, 0, share, [Draft(0, 0, 0, 0, 0, quantity=total)])
"""

from __future__ import annotations

from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.mentions import find_quantities
from tiendo.extract.quantities import Quantity

# A share written to the unit or the tenth ("(32%)" for 31,7%) still names the part's
# share of the whole.
_ROUNDING: Final = 0.6


def _share_of_whole(low: str, sentence_start: int, share: Quantity, whole: Draft) -> bool:
    """True when `share` is the part's amount before it over the whole's, in percent: the
    structure of the whole ("vốn nhà nước 1.300 tỷ đồng (32%)" of 4.100), not its plan."""
    total = whole.quantity
    if total is None or total.value <= 0:
        return False
    amounts = find_quantities(low, low, sentence_start, share.start)
    parts = [q for q in amounts if q.unit.text == total.unit.text and q.unit.kind != "percent"]
    if not parts:
        return False
    return abs(parts[-1].value / total.value * 100 - share.value) <= _ROUNDING


def carried_share_basis(
    low: str, sentence_start: int, share: Quantity, previous: list[Draft]
) -> str | None:
    """The plan or budget the last figure of the sentence before was a share of, when this
    sentence announces its parts with a colon before the `share`; else None."""
    if not previous or ":" not in low[sentence_start : share.start]:
        return None
    if _share_of_whole(low, sentence_start, share, previous[-1]):
        return None  # "Cơ cấu vốn: vốn nhà nước 1.300 tỷ đồng (32%), ...": a share of it
    for comparison in reversed(previous[-1].comparisons):
        if comparison.measure == "ratio" and comparison.basis in ("plan", "budget"):
            return comparison.basis_text or None
    return None
