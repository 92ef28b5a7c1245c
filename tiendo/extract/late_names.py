"""Names read after a figure's own words: from the list or the structure it is in, or
from the figure it is paired with.

>>> counterpart("tổng chi", "Tổng thu ngân sách nhà nước trên địa bàn")
'tổng chi ngân sách nhà nước'
>>> counterpart("chi", "thu ngân sách")
'chi ngân sách'
>>> counterpart("tổng chi", "tổng chi thường xuyên")
''
"""

from __future__ import annotations

import re

from tiendo.extract.clauses import Draft
from tiendo.extract.count_phrases import count_phrase, share_predicate
from tiendo.extract.rate_of_noun import rate_named
from tiendo.extract.shared_heads import headed_rate
from tiendo.extract.structure_shares import structure_share

_BARE_FLOW = re.compile(r"^(?:tổng\s+)?(thu|chi)$", re.IGNORECASE)
_FLOW_OF = re.compile(r"^(?:tổng\s+)?(thu|chi)\s+(ngân sách(?:\s+nhà nước|\s+địa phương)?)\b", re.I)
_OPPOSITE = {"thu": "chi", "chi": "thu"}


def counterpart(bare: str, named: str) -> str:
    """'tổng thu ngân sách nhà nước ..., tổng chi ...': the flow named bare after its
    opposite shares the budget the opposite named, or ""."""
    own, other = _BARE_FLOW.match(bare), _FLOW_OF.match(named)
    if own is None or other is None or _OPPOSITE[own.group(1).lower()] != other.group(1).lower():
        return ""
    return f"{bare} {other.group(2)}"


def late_name(
    draft: Draft,
    named: str,
    earlier: list[Draft],
    previous: list[Draft],
    text: tuple[str, str],
    sentence_start: int,
) -> str:
    """The figure's name once the words around it are read, or `named` as it was."""
    low, norm = text
    named = structure_share(low, norm, draft, sentence_start, named) or named
    draft.indicator = named
    named = headed_rate(draft, earlier, low, norm) or named
    named = count_phrase(draft, named, earlier, norm) or named
    share_predicate(draft, earlier, low)
    named = rate_named(draft, named, low[draft.item_start : draft.anchor]) or named
    if _BARE_FLOW.match(named) and draft.quantity is not None:
        # The budget named last before it, in this sentence or the one before.
        for other in reversed([d for d in previous + earlier if d.anchor < draft.anchor]):
            if _FLOW_OF.match(other.indicator):
                return counterpart(named, other.indicator) or named
    return named
