"""A part that "bằng x%", with no basis of its own, is that share of the time its whole and
siblings are compared with.

"Chỉ số sản xuất công nghiệp tháng 2 ước tăng 13,85% so với cùng kỳ năm trước. Trong đó,
ngành khai khoáng bằng 98,44%; ngành chế biến, chế tạo tăng 11,36%": the mining branch
stands at 98,44% of the same time last year (an index fell by 1,56%), as its sibling rose by
11,36% on it; "bằng" states a share, never a level of its own. So the number is the ratio
of a figure with no level, on the basis the nearest figure before it (in its sentence, or
else the last one of the sentence before) compared with an earlier time.

Left as they are: a rate that is a level ("tỷ lệ hộ nghèo bằng 2,1%", "tỷ trọng …"), a
part with a number of its own before "bằng" ("26.834 người trên 71.775 người, bằng
37,39%"), a share followed by its own basis, and any share when nothing before it was
compared with an earlier time.

>>> equals_share("ngành khai khoáng bằng ", "; ngành chế biến")
True
>>> equals_share("tỷ lệ hộ nghèo bằng ", ".")
False
>>> equals_share("ngành khai khoáng bằng ", " so với tháng trước")
False
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.char_scans import has_digit
from tiendo.extract.clauses import Draft
from tiendo.extract.comparisons import PERIOD_BASES
from tiendo.extract.figure import Basis, Comparison

# The name, then "bằng" right before the number (no bound word: "bằng khoảng" rounds).
_EQUALS: Final = re.compile(r"\S\s+bằng\s*$")
# What a share that is a level is named: a rate, a weight, a price or interest rate.
_RATE_NAME: Final = re.compile(
    r"(?:^|\s)(?:tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng|tốc độ|cơ cấu|lãi suất|hệ số|mức|độ|tỷ suất)\b"
)
# Nothing after the percentage but the end of the item.
_ITEM_END: Final = re.compile(r"\s*(?:[;,.)]|và\b|$)")


def equals_share(before: str, after: str) -> bool:
    """True when the lower-case words `before` a percentage end "<name> bằng", the name no
    rate, and the words `after` it end the item."""
    return (
        _EQUALS.search(before) is not None
        and _RATE_NAME.search(before) is None
        and _ITEM_END.match(after) is not None
    )


def _timed_basis(drafts: list[Draft]) -> Basis | None:
    """The earlier time the last of `drafts` compared with a comparison of its own."""
    for draft in reversed(drafts):
        for comparison in draft.comparisons:
            if comparison.basis in PERIOD_BASES:
                return comparison.basis
        if draft.quantity is None or draft.comparisons:
            return None  # the nearest compared figure says no earlier time
    return None


def equal_parts(low: str, drafts: list[Draft], previous: list[Draft]) -> None:
    """Read each bare "<part> bằng x%" as a share of the earlier time (see the module)."""
    for index, draft in enumerate(drafts):
        quantity = draft.quantity
        if (
            quantity is None
            or quantity.unit.text != "%"
            or draft.comparisons
            or draft.in_paren
            or quantity.value_max is not None
            or quantity.bound is not None
        ):
            continue
        start = draft.item_start
        before = low[start : quantity.lead_start]
        if has_digit(low, start, quantity.lead_start) or not equals_share(
            before, low[quantity.extent_end : quantity.extent_end + 8]
        ):
            continue
        basis = _timed_basis(drafts[:index]) if index else _timed_basis(previous)
        if basis is None:
            continue
        verb = before.rstrip().rfind("bằng")
        draft.anchor = start + verb
        draft.number_start = quantity.lead_start
        draft.comparisons = [Comparison(basis, "ratio", quantity.value)]
        draft.quantity = None
