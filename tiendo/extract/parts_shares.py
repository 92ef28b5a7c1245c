"""The basis of a whole's parts given "lần lượt" as shares with no basis of their own.

"giải ngân 2.146 tỷ đồng, bằng 42,3% kế hoạch vốn; trong đó vốn trung ương 1.080 tỷ
đồng, vốn địa phương 1.066 tỷ đồng, lần lượt đạt 45,1% và 39,8%": the parts that "trong
đó" opens are measured against what the whole was measured against, so each share is of
"kế hoạch vốn". Without such a whole ("tỷ lệ A và B lần lượt là 99,1% và 99,8%") the
percentages stay levels (respectively.py).

>>> low = "thu 2.146 tỷ đồng, bằng 42,3% kế hoạch vốn; trong đó a 1.080 tỷ đồng, b 1.066 tỷ đồng, "
>>> whole_basis(low, 0, len(low))
'kế hoạch vốn'
>>> whole_basis("thu 2.146 tỷ đồng, bằng 42,3% kế hoạch vốn; a 1.080 tỷ đồng, ", 0, 60) is None
True
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.comparisons import read_basis_after

# The words that open the parts of a whole named before them.
_PARTS: Final = re.compile(r"\b(?:trong đó|bao gồm|gồm)\b")
# A whole's share of a plan or budget: "bằng 42,3%", "đạt 56%" (the basis is read after).
_SHARE: Final = re.compile(r"\b(?:đạt|bằng)\s+(?:khoảng\s+|gần\s+|hơn\s+)?\d[\d.,]*\s?%")
# Bases a whole's parts are measured against too: a plan or a budget, however qualified.
_PLANNED: Final = re.compile(r"^(?:kế hoạch|kh\b|dự toán|chỉ tiêu|nghị quyết)")


def whole_basis(low: str, start: int, position: int) -> str | None:
    """The plan or budget a whole was measured against in low[start:position], when the
    parts that "trong đó" (or "gồm") opens after it run up to `position`; else None."""
    if "%" not in low[start:position]:
        return None  # cheap: no share said before the list
    opened = [m.start() for m in _PARTS.finditer(low, start, position)]
    if not opened:
        return None
    parts = opened[-1]
    shares = [m.end() for m in _SHARE.finditer(low, start, parts)]
    if not shares:
        return None
    basis = read_basis_after(low, shares[-1])
    if basis is None or not _PLANNED.match(basis[0]) or basis[1] > parts:
        return None
    return basis[0]
