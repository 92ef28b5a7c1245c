"""A bare share reached by the things a clause opens with: their rate, not a ratio.

"6.999 đồng chí hoàn thành tốt nhiệm vụ, đạt 71%"; "toàn tỉnh có 59 xã về đích, đạt 45%".
A count that opens its clause (or follows "có") with a predicate after its noun names the
things in a state; with no basis written after it, a percentage of at most 100 that the
clause "reaches" is what part of their whole those things are: the rate of the things
counted (tỷ lệ), a figure of its own. A count that a verb governs ("kết nạp 85 đảng viên,
đạt 85%") is a result, measured against its plan even when the plan goes unsaid; so is a
share above 100 ("1.419 lao động, đạt 118,25%").

>>> from tiendo.extract.mentions import find_quantities
>>> low = "toàn tỉnh có 59 xã về đích, đạt 45%."
>>> count = find_quantities(low, low, 0, len(low))[0]
>>> bare_rate_of_count(low, count, "đạt", low.index("đạt"), 45)
True
>>> low = "phấn đấu có 20 xã đạt chuẩn; đến nay có 16 xã đạt chuẩn, đạt 80%."
>>> count = find_quantities(low, low, 0, len(low))[1]
>>> bare_rate_of_count(low, count, "đạt", low.rindex("đạt"), 80)
False
>>> low = "đã kết nạp 85 đảng viên, đạt 45%."
>>> count = find_quantities(low, low, 0, len(low))[0]
>>> bare_rate_of_count(low, count, "đạt", low.index("đạt"), 45)
False
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.mentions import find_quantities
from tiendo.extract.quantities import Quantity

# Before the count: the opening of its clause, or an existential "có".
_OPENS: Final = re.compile(r"(?:^|[,;:.]|\bcó)\s*$")
# After the noun: a predicate of its own, then the link to the share.
_PREDICATE: Final = re.compile(r"\s+[^\W\d_][^,;:%\d]*,\s*$")
# What may follow the percentage when it names no whole: the clause's end.
_NOTHING_NAMED: Final = re.compile(r"\s*(?:[;,.)]|$)")
# A plan set earlier in the sentence: "phấn đấu có 20 xã đạt chuẩn; đến nay có 16 xã".
_PLAN_WORD: Final = re.compile(r"\b(?:phấn đấu|kế hoạch|chỉ tiêu|mục tiêu|dự kiến)\b")
_SENTENCE_END: Final = re.compile(r"\.\s|[!?]\s")


def planned_before(low: str, count: Quantity) -> bool:
    """True when the sentence sets a plan of the same things before `count`: its share is
    of that plan ("phấn đấu có 20 xã ...; đến nay có 16 xã ..., đạt 80%")."""
    start = 0
    for end in _SENTENCE_END.finditer(low, 0, count.lead_start):
        start = end.end()
    plan = _PLAN_WORD.search(low, start, count.lead_start)
    if plan is None:
        return False
    planned = find_quantities(low, low, plan.end(), count.lead_start)
    return any(q.unit.text == count.unit.text for q in planned)


def bare_rate_of_count(low: str, count: Quantity, verb: str, link: int, pct: float) -> bool:
    """True when the share that `verb` links at `link` after `count` is the rate of the
    things counted."""
    if count.unit.kind != "count" or verb not in ("đạt", "bằng") or pct > 100:
        return False
    if _OPENS.search(low, max(0, count.lead_start - 40), count.lead_start) is None:
        return False
    if _PREDICATE.match(low, count.unit.end, link) is None:
        return False
    unit_end = low.find("%", link)
    if unit_end < 0 or _NOTHING_NAMED.match(low, unit_end + 1) is None:
        return False
    return not planned_before(low, count)
