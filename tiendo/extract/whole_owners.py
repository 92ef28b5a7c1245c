"""The count a share of a named whole belongs to: "gần 125.000 cử tri đã bỏ phiếu tại 11
đơn vị bầu cử, đạt 99,99% so tổng số cử tri" is the voters' share of all voters, not the
polling units'.

A share "đạt x% tổng số <noun>" is read after the count right before it (prose.py); when
that count counts other things ("11 đơn vị bầu cử", "5 xã") and an earlier count of the same
clause counts the noun the whole names ("125.000 cử tri"), the share is that count's.

>>> whole_noun("tổng số cử tri")
'cử tri'
>>> whole_noun("kế hoạch") is None
True
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.units import counted_noun

# The whole a share is of, named by what it counts: "(so với) tổng số hộ nghèo".
_WHOLE: Final = re.compile(r"(?:so\s+(?:với\s+)?)?tổng\s+số\s+(\S.*)$")


def whole_noun(basis_text: str) -> str | None:
    """The noun phrase after "tổng số" in a share's basis, lower-case, or None."""
    match = _WHOLE.match(basis_text.strip().lower())
    return match.group(1).strip() if match else None


def _counts(draft: Draft, noun: str) -> bool:
    """Whether `draft` is a count of the things `noun` (a whole's words) names."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.kind != "count":
        return False
    counted = counted_noun(quantity.unit.text).lower().split()
    return bool(counted) and noun.split()[: len(counted)] == counted


def whole_owner(basis_text: str, host: Draft, drafts: list[Draft]) -> Draft | None:
    """The earlier count of `host`'s clause that a share of the whole `basis_text` names
    belongs to, when `host`, the count before the share, counts other things; or None."""
    noun = whole_noun(basis_text)
    if noun is None or host.quantity is None or host.quantity.unit.kind != "count":
        return None
    if _counts(host, noun):
        return None
    for draft in reversed(drafts):
        if draft is host or draft.anchor >= host.anchor:
            continue
        if draft.clause_start != host.clause_start:
            return None
        if draft.comparisons:
            return None  # a count with its own comparison: the share is none of its
        if _counts(draft, noun):
            return draft
    return None
