"""A bare percentage in parentheses after what a rise is set against is that thing's own.

"GRDP ước tăng 7,63% so với cùng kỳ, cao hơn mức tăng cùng kỳ năm trước (6,13%) và cao hơn
kịch bản xây dựng đầu năm (7,59%)": the 6,13% is how much GRDP rose a year before (the same
months of the year before: a rise of its own, on its own same time), and the 7,59% is the
rise the scenario set, a target of the current time named like the rise it is set against
("tốc độ tăng GRDP"). Neither is a level of the figure before, nor a rise of it.

Only a parenthesis that holds the number alone reads so, after "cao hơn", "thấp hơn" (and
the like) and what they compare with: an earlier time ("cùng kỳ năm trước", "năm 2023",
"quý I/2024") or a plan ("kế hoạch", "chỉ tiêu", "mục tiêu", "kịch bản"). Anything else in
parentheses, or a thing compared that is neither ("mức bình quân cả nước (3,32%)"), is left.

>>> compared_before("…, cao hơn mức tăng cùng kỳ năm trước ")
('earlier', 'mức tăng cùng kỳ năm trước')
>>> compared_before("…, thấp hơn kịch bản đề ra ")
('plan', 'kịch bản đề ra')
>>> compared_before("…, thấp hơn mức bình quân cả nước ")
('', '')
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.comparisons import PERIOD_BASES
from tiendo.extract.figure import Comparison
from tiendo.extract.growth_rates import growth_name
from tiendo.extract.period_cues import find_periods
from tiendo.extract.quantities import Quantity
from tiendo.extract.units import UnitMatch
from tiendo.periods import Period

_COMPARED: Final = re.compile(
    r"(?:cao|thấp|nhanh|chậm|lớn|nhỏ)\s+hơn(?:\s+(?:nhiều|hẳn|đáng kể))?(?:\s+so\s+với)?"
    r"\s+(?P<ref>[^,;()%]{2,60}?)\s*$"
)
_PLAN: Final = re.compile(r"\b(?:kế hoạch|chỉ tiêu|mục tiêu|kịch bản)\b")
_EARLIER: Final = re.compile(
    r"\b(?:cùng kỳ|năm trước|năm ngoái|kỳ trước|tháng trước|quý trước|năm \d{4}|quý [ivx]+)"
)
_BARE: Final = re.compile(r"\(\s*(\d+(?:,\d+)?)\s*%\s*\)")


def compared_before(words: str) -> tuple[str, str]:
    """What lower-case `words` (up to a parenthesis) end comparing with: ("earlier" or
    "plan", its words), or ("", "")."""
    found = _COMPARED.search(words)
    if found is None:
        return "", ""
    ref = found.group("ref").strip()
    if _PLAN.search(ref):
        return "plan", ref
    if _EARLIER.search(ref):
        return "earlier", ref
    return "", ""


def _earlier_period(ref: str, frame: Period) -> Period | None:
    """The time `ref` names: a year it gives, with the frame's months for "cùng kỳ"."""
    years = [m for m in find_periods(ref) if m.year is not None]
    if years:
        named = years[-1]
        if named.from_month is None or "cùng kỳ" in ref:
            return Period(named.year, frame.from_month, frame.to_month)
        return Period(named.year, named.from_month, named.to_month)
    if frame.year is None:
        return None
    return Period(frame.year - 1, frame.from_month, frame.to_month)


def _outside(low: str, at: int) -> bool:
    """True when `at` stands in no parenthesis ("(quý I tăng 7,56%; quý II tăng 7,69%)": the
    quarters after the semicolon are inside it too)."""
    return low.rfind("(", 0, at) <= low.rfind(")", 0, at)


def compared_parens(low: str, drafts: list[Draft]) -> None:
    """Read each bare parenthesized percentage after a comparison (see the module)."""
    for index, draft in enumerate(drafts):
        start = draft.quantity.lead_start if draft.quantity is not None else draft.number_start
        opening = low.rfind("(", max(0, start - 3), start)
        bare = _BARE.match(low, opening) if opening >= 0 else None
        if bare is None or bare.start(1) != start or index == 0:
            continue
        side, ref = compared_before(low[max(0, opening - 90) : opening])
        main = next((d for d in reversed(drafts[:index]) if _outside(low, d.anchor + 1)), None)
        rises = [c for c in main.comparisons if c.measure == "change"] if main else []
        if main is None or not side or not (rises or main.quantity is None):
            continue
        value = float(bare.group(1).replace(",", "."))
        if side == "plan":
            if draft.quantity is None:
                unit = UnitMatch("%", "percent", bare.end(1) + 1)
                draft.quantity = Quantity(
                    start, bare.end(1), value, None, unit, None, start, unit.end, ""
                )
            draft.comparisons = []
            draft.kind = "target"
            draft.period = main.period
            draft.indicator = growth_name(main.indicator) or main.indicator
            continue
        timed = [c.basis for c in rises if c.basis in PERIOD_BASES]
        period = _earlier_period(ref, main.period)
        if not timed or period is None:
            continue
        draft.quantity = None
        draft.number_start = start
        draft.anchor = opening
        draft.comparisons = [Comparison(timed[0], "change", value)]
        draft.period = period
        draft.kind = "actual"
        draft.indicator = main.indicator
