"""A rise after a count, its remark in parentheses and what is counted: "cả nước có 6.084/7.669
xã (79,3%) được công nhận đạt chuẩn nông thôn mới, tăng 10,6% so với cuối năm 2021".

The remark ("(79,3%)") is a share of the number itself; the words after it still qualify
the counted noun (paren_predicates.py), so the clause's subject is still the count, and the
rise that ends the clause is the count's, as it would be with no remark between ("có 6.084
xã được công nhận đạt chuẩn, tăng 10,6%"). The readers attach it so (3 of 3 in the tuning
parts). Only a predicate of the counted things may stand between: a comma, a number or a
connector before the rise opens another item ("743 xã (12,3%) đạt chuẩn kiểu mẫu, khu vực
dịch vụ tăng 5%" is read by the usual rules).

>>> low = "có 2.045 xã (23%) được công nhận đạt chuẩn, tăng 5,9%"
>>> predicate_only(low[low.index(")") + 1 : low.index("tăng")])
True
>>> predicate_only(" đạt chuẩn, khu vực dịch vụ ")
False
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.paren_predicates import PREDICATE_OPENING

# The counted things' predicate (as paren_predicates.py reads it), then the comma before
# the rise.
_PREDICATE: Final = re.compile(rf"\s*{PREDICATE_OPENING}[^,;:.()\d%]{{2,80}}?,\s*")
# Words that open another clause or restate a comparison: the rise is then not the count's.
_OTHER_CLAUSE: Final = re.compile(
    r"\b(?:và|còn|riêng|trong đó|so với|so|tăng|giảm|bằng|tương đương|chiếm|nhưng|trong khi)\b"
)


def predicate_only(gap: str) -> bool:
    """True when `gap` is a predicate of counted things and the comma after it."""
    return _PREDICATE.fullmatch(gap) is not None and _OTHER_CLAUSE.search(gap) is None


def rise_after_remark(low: str, outer: Draft, paren: tuple[int, int], lead: int) -> bool:
    """True when the rise whose lead starts at `lead` is the count `outer`'s: its remark in
    parentheses `paren` follows the noun right away and only a predicate comes after it."""
    quantity = outer.quantity
    if quantity is None or quantity.unit.kind != "count" or quantity.tail:
        return False
    if low[quantity.unit.end : paren[0]].strip() or "%" not in low[paren[0] : paren[1]]:
        return False
    return predicate_only(low[paren[1] : lead])
