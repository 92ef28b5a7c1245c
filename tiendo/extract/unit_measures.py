"""A name carried to a figure in another kind of unit takes that unit's measure.

"Mỹ 15 ngàn tấn, 68 triệu USD": the amount of money names nothing of its own and goes
on with the item before it, but "sản lượng" measures the tonnes, not the dollars; the
dollars are the value ("trị giá"), as the passage named them last, or the trade's value
("kim ngạch") when the name is of exports or imports.

>>> in_unit_of("sản lượng nhập Mỹ", "money", "trị giá nhập")
'trị giá nhập Mỹ'
>>> in_unit_of("sản lượng Xuất khẩu gạo", "money", "")
'kim ngạch Xuất khẩu gạo'
>>> in_unit_of("doanh thu du lịch", "money", "")
''
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.lexicon import SCALES

_AMOUNT: Final = re.compile(
    r"^(?:tổng\s+)?(?:sản lượng|khối lượng|diện tích)\s+(?=\S)", re.IGNORECASE
)
_VALUE: Final = re.compile(r"^(?:tổng\s+)?(?:trị giá|giá trị|kim ngạch|doanh thu)\b", re.IGNORECASE)
_TRADE: Final = re.compile(r"\b(?:xuất khẩu|nhập khẩu|xuất nhập khẩu)\b", re.IGNORECASE)


def in_unit_of(named: str, kind: str, last_in_unit: str) -> str:
    """`named` (an amount's measure) as the measure of a figure in a unit of `kind`."""
    amount = _AMOUNT.match(named)
    if kind != "money" or amount is None:
        return ""
    value = _VALUE.match(last_in_unit)
    word = value.group().lower() if value else ""
    if not word:
        word = "kim ngạch" if _TRADE.search(named) else "giá trị"
    return f"{word} {named[amount.end() :]}"


def carried_in_unit(
    draft: Draft, named: str, earlier: list[Draft], measures: dict[str, str]
) -> str:
    """The name of a figure that carried the name of one in another kind of unit, or ""."""
    quantity = draft.quantity
    before = [d for d in earlier if d.anchor < draft.anchor and d.quantity is not None]
    if quantity is None or not draft.carried or not before:
        return ""
    previous = before[-1].quantity
    if previous is None or previous.unit.kind == quantity.unit.kind:
        return ""
    return in_unit_of(named, quantity.unit.kind, measures.get(quantity.unit.text, ""))


def same_measure_unit(one: str, other: str) -> bool:
    """True when two units measure in the same currency or thing at another scale
    ("tỷ USD" and "triệu USD", "tỷ đồng" and "triệu đồng"): items of one list may change
    scale from one to the next ("Hàn Quốc 1,2 tỷ USD, Nhật Bản 800 triệu USD").

    >>> same_measure_unit("tỷ usd", "triệu usd"), same_measure_unit("tỷ đồng", "tấn")
    (True, False)
    """
    if one == other:
        return True
    first, second = one.split(), other.split()
    return (
        len(first) == len(second) == 2
        and first[-1] == second[-1]
        and first[-1] in _CURRENCIES
        and first[0] in _SCALES
        and second[0] in _SCALES
    )


_CURRENCIES: Final = frozenset({"usd", "đồng"})
_SCALES: Final = frozenset(SCALES)


def in_same_unit(drafts: list[Draft], unit: str) -> list[Draft]:
    """The drafts whose unit measures as `unit` does (a rise, with none, as "%")."""
    return [
        d for d in drafts if same_measure_unit(d.quantity.unit.text if d.quantity else "%", unit)
    ]
