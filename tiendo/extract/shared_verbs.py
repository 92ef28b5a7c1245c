"""A basis named alone after "và" that shares the verb of the rise before it.

"tăng so với tháng trước 1,8%": the verb, then the basis, then the number; the basis sits
between the verb and the percentage, which the words just before it ("tháng trước") do not
show. "cao hơn tháng trước 7,1% và cùng kỳ 10,3%": after "và" the second basis stands
alone before its number; the verb of the first is elided, and the second percentage is a
rise of the same figure on the second basis, not a figure of its own.

>>> lead = shared_verb_lead("cao hơn tháng trước 7,1% và cùng kỳ 10,3%", 24, " và cùng kỳ ")
>>> (lead.measure, lead.basis_text, lead.verb, lead.negative)
('change', 'cùng kỳ', 'cao hơn', False)
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.comparisons import PERIOD_BASES, Lead, basis_of, is_negative
from tiendo.extract.verb_first_bases import VERBS_BEFORE_BASIS

# "và (so với) cùng kỳ (năm trước) ": a basis alone after "và", up to its number.
_AND_BASIS: Final = re.compile(r"\s*và\s+((?:so với|so)\s+)?([^\W\d][^\d%,;:()]{1,40}?)\s*$")
# The rise before it: "cao hơn tháng trước 7,1%", "tăng so với tháng trước 1,8%".
_FIRST: Final = re.compile(
    rf"(?:^|[\s,])({VERBS_BEFORE_BASIS})\s+(?:(?:so với|so)\s+)?"
    r"([^\W\d][^\d%,;:()]{1,40}?)\s+(?:là\s+)?[\d.,]+\s*%\s*$"
)


def shared_verb_lead(low: str, segment_start: int, before: str) -> Lead | None:
    """The rise of a basis named alone after "và" (`before`, the words from
    `segment_start` up to its number), when the rise before it named its verb and then
    its basis: the same verb, on the new basis."""
    if "và" not in before:
        return None
    alone = _AND_BASIS.match(before)
    if alone is None or basis_of(alone.group(2)) not in PERIOD_BASES:
        return None
    first = _FIRST.search(low, max(0, segment_start - 70), segment_start)
    if first is None or basis_of(first.group(2)) not in PERIOD_BASES:
        return None
    verb = first.group(1)
    basis = alone.group(2).strip()
    cue = alone.start(1) if alone.group(1) else alone.start(2)
    return Lead(cue, "change", is_negative(verb), basis, verb)
