"""An earlier period's rise quoted with no figure of the sentence to quote it for.

"Tăng trưởng quý I năm nay thấp hơn mức tăng 6,12% của cùng kỳ năm 2015 và 5,48% của cùng
kỳ năm 2016": the sentence gives no rise of its own, only the earlier ones it is set
against. Each is still that period's rise (quoted.py reads them so when a figure of the
sentence stands before them), not a level of the year the sentence speaks of: a figure
with no level, the rise as its change, for the period named after it.

>>> low = "tăng trưởng năm nay thấp hơn mức tăng 7,8% của năm 2021."
>>> _of_basis(low, low.index("%") + 1, 12)
'previous'
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from tiendo.extract.figure import Basis, Comparison
from tiendo.extract.quoted import another_quoted, compares_with_earlier, grows, quoted_year
from tiendo.periods import Period

if TYPE_CHECKING:  # clauses imports modules that import the steps
    from tiendo.extract.clauses import Draft

# The words of the comparison left at the end of the name: "tăng trưởng … thấp hơn mức".
_COMPARING_TAIL: Final = re.compile(
    r"[\s,]*(?:\bnhưng\s+)?\b(?:cao|thấp|nhỉnh|lớn|nhỏ|chậm|nhanh)(?:\s+(?:hơn|xa))?"
    r"(?:\s+so\s+với)?(?:\s+mức)?(?:\s+(?:tăng trưởng|tăng|giảm))?\s*$"
)
_SAME_PERIOD: Final = re.compile(r"[ \t]*của[ \t]+cùng k[ỳì]")


def _of_basis(low: str, unit_end: int, to_month: int | None) -> Basis:
    """The basis the quoted rise was stated on: the same period for "của cùng kỳ …" or a
    part of a year, the year before for a whole year ("của năm 2021")."""
    if _SAME_PERIOD.match(low, unit_end) or (to_month is not None and to_month < 12):
        return "same_period"
    return "previous"


def quote_without_host(low: str, drafts: list[Draft]) -> None:
    """Read each rate quoted as an earlier period's rise, with no figure before it in the
    sentence, as that period's rise, or its level when no rise is named ("thấp hơn mức
    4,1% của năm 2021")."""
    first: Draft | None = None  # the first quoted rise of a row
    quoted_end = -1
    sign = 0
    for draft in drafts:
        quantity = draft.quantity
        if quantity is not None and (draft.comparisons or quantity.unit.kind != "percent"):
            first = None  # a figure of the sentence: quoted.py reads what it quotes
            continue
        if quantity is None or draft.quoted_from is not None or quantity.value_max is not None:
            continue
        lead, unit_end = quantity.lead_start, quantity.unit.end
        if first is not None and another_quoted(low, quoted_end, lead, unit_end):
            name = first.indicator  # "… và 5,48% của cùng kỳ năm 2016": the same measure
        elif compares_with_earlier(low, draft.clause_start, lead, unit_end):
            name = _COMPARING_TAIL.sub("", draft.indicator) or draft.indicator
            first, sign = draft, grows(low, lead)
        else:
            continue
        period = draft.period
        year = quoted_year(low, unit_end, period.year) or period.year
        if sign == 0:
            # "tỷ lệ hộ nghèo thấp hơn mức 4,1% của năm 2021": that year's level.
            draft.period = Period(year, period.from_month, period.to_month)
            draft.indicator = name
            quoted_end = quantity.extent_end
            continue
        basis = _of_basis(low, unit_end, period.to_month)
        draft.comparisons = [Comparison(basis, "change", sign * quantity.value, "")]
        draft.period = Period(year, period.from_month, period.to_month)
        draft.indicator = name
        draft.kind = "actual"
        draft.number_start = lead
        draft.quantity = None
        quoted_end = quantity.extent_end
