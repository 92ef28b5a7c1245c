"""The basis of a 'lần lượt' list of shares that names none: the plan or budget its
sentence stated for the whole the listed amounts are parts of.

"giải ngân 2.146 tỷ đồng, bằng 42,3% kế hoạch vốn; trong đó vốn ngân sách trung ương
1.080 tỷ đồng, vốn ngân sách địa phương 1.066 tỷ đồng, lần lượt đạt 45,1% và 39,8%": the
parts are set against the plan the whole was, so each amount has its share of that plan;
the two percentages are not rates of their own. Without a share of a plan stated before
the amounts ("... lần lượt là 25,1% và 30,2%") nothing is found and they stay levels.

>>> from tiendo.extract.mentions import find_quantities
>>> low = "chi 200 tỷ đồng, bằng 40% dự toán; a 120 tỷ đồng, b 80 tỷ đồng, lần lượt đạt 45% và 35%"
>>> found = find_quantities(low, low, 0, len(low))
>>> stated_share_basis(low, 0, low.index("lần lượt"), found, 2)
'dự toán'
"""

from __future__ import annotations

from tiendo.extract.comparisons import basis_of, read_basis_after
from tiendo.extract.quantities import Quantity


def stated_share_basis(
    low: str, start: int, list_start: int, quantities: list[Quantity], count: int
) -> str | None:
    """The plan or budget of the last share stated in low[start:list_start], when at least
    `count` amounts (the list's subjects) follow that share before the list; else None."""
    amounts = 0
    for quantity in reversed(quantities):
        if quantity.lead_start >= list_start or quantity.start < start:
            continue
        if quantity.unit.kind != "percent":
            amounts += 1
            continue
        if amounts < count:
            return None  # a percentage among the listed subjects: not their whole's share
        basis = read_basis_after(low, quantity.unit.end)
        if basis is None or basis_of(basis[0]) not in ("plan", "budget"):
            return None
        return basis[0]
    return None
