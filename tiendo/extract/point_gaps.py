"""A rate set against another rate in percentage points: "..., cao hơn 2,2 điểm phần trăm".

A gap in points is a difference between two rates, no figure of its own (points.py). What
it says of the percentage right before it is twofold:

- the percentage is a rate, a level: "GRDP năm 2024 tăng 7,38%, cao hơn 2,2 điểm phần
  trăm so với mức tăng của năm 2023" sets this year's growth against last year's, so
  7,38% is the growth rate of the year, not a change of GRDP against a basis. This holds
  when the gap is taken against another time (a year, "cùng kỳ") or a plan; a gap against
  "mức tăng chung" ranks a part within the same period and says nothing of the kind;
- when the basis follows the gap with "so với" and states no level of its own, the gap is
  the rate's change against that basis: "tỷ lệ hộ nghèo còn 4,4%, giảm 0,4 điểm phần trăm
  so với năm 2020" is a change of -0,4 against the previous year. A basis that quotes its
  own level ("so với chỉ tiêu 38% mà Nghị quyết đề ra") is a target figure of its own, and
  a gap written before its basis ("cao hơn cùng kỳ 2,97 điểm phần trăm") only ranks it.
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.comparisons import basis_of
from tiendo.extract.figure import Comparison

# Right after the percentage (or the parenthesis it opens, "3,45% (giảm 1,2 điểm phần trăm
# so với năm 2022)"): the verb of the gap, an optional basis before the number,
# the number of points, and an optional basis after "so với".
_GAP: Final = re.compile(
    r"[ \t]*[,(]?[ \t]*(?:và[ \t]+)?(?P<verb>cao hơn|thấp hơn|tăng|giảm|vượt|hụt|kém)"
    r"(?:[ \t]+(?P<before>[^\d,;.()%\n]{2,40}?))?"
    r"[ \t]+(?:khoảng[ \t]+|gần[ \t]+|hơn[ \t]+|trên[ \t]+)?(?P<points>\d+(?:,\d+)?)"
    # "điểm phần trăm", or "điểm %" as many releases write it ("giảm 0,2 điểm % so với
    # quý trước"): the same gap (points.py reads both as the unit).
    r"[ \t]+điểm[ \t]*(?:phần[ \t]+trăm(?![^\W_])|%)"
    r"(?:[ \t]+so[ \t]+(?:với[ \t]+)?(?P<after>[^,;.()\n]{2,60}?)"
    # the basis ends where the clause does, or where a second gap opens with "và"
    r"(?=[ \t]*(?:[,;.()\n]|$|và[ \t]+(?:cao hơn|thấp hơn|tăng|giảm|vượt|hụt|kém)[ \t])))?"
)
_DECIMAL: Final = re.compile(r"\d,\d")
_FALLS: Final = frozenset({"thấp hơn", "giảm", "hụt", "kém"})
# Bases of another time or of a plan: what makes the percentage before the gap a rate.
_OTHER_TIME: Final = frozenset({"previous", "same_period", "plan", "budget"})


# The whole a rate is of, named right after it and closed by a comma ("đạt 93,5% dân số,
# vượt 0,5 điểm phần trăm …", "chiếm 35,2% lực lượng lao động, tăng 1,8 điểm %"): words
# with no number that open with no word of a basis, an aspect or a verb.
_WHOLE_AFTER: Final = re.compile(
    r"[ \t]+(?!(?:so|với|về|và|trong|của|tăng|giảm|cao|thấp|vượt|đạt|bằng)\b)"
    r"(?P<whole>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,7})(?=[ \t]*,)"
)


def _past_whole(low: str, unit_end: int, clause_end: int) -> int:
    """Where a gap after the rate ending at `unit_end` may start: past the whole the rate
    is of, when one is named before a comma and names no basis ("93,5% kế hoạch, tăng 2
    điểm phần trăm" is a share of the plan, which the gap does not make a rate)."""
    whole = _WHOLE_AFTER.match(low, unit_end, clause_end + 1)
    if whole is None or basis_of(whole.group("whole")) != "other":
        return unit_end
    return whole.end()


def _gap(low: str, unit_end: int, clause_end: int) -> re.Match[str] | None:
    # Cheap test first: most percentages have no "điểm" after them in their clause.
    if "điểm" not in low[unit_end : clause_end + 1]:
        return None
    gap = _GAP.match(low, _past_whole(low, unit_end, clause_end), clause_end + 1)
    if gap is None:
        return None
    basis = gap.group("after") or gap.group("before") or ""
    if basis_of(basis) not in _OTHER_TIME:
        return None  # "cao hơn 4,7 điểm phần trăm so với mức tăng chung": a rank
    return gap


def rate_against_other_time(low: str, unit_end: int, clause_end: int) -> bool:
    """True when the percentage ending at `unit_end` is set in points against the rate of
    another time or of a plan: the percentage is a rate, a level of its own."""
    return _gap(low, unit_end, clause_end) is not None


def gap_comparisons(low: str, unit_end: int, clause_end: int) -> list[Comparison]:
    """The changes gaps in points state after a rate ("giảm 0,4 điểm phần trăm so với năm
    2020"), each when its basis follows with "so với" and quotes no level of its own; a
    second gap with a basis of its own follows the first ("tăng 0,1 điểm phần trăm so với
    năm 2023 và tăng 5,7 điểm phần trăm so với năm 2014")."""
    found: list[Comparison] = []
    at = unit_end
    while True:
        gap = _gap(low, at, clause_end)
        if gap is None or gap.group("after") is None or gap.group("before"):
            return found
        change = _change_of(gap)
        if change is None:
            return found
        found.append(change)
        at = gap.end()


def _change_of(gap: re.Match[str]) -> Comparison | None:
    """The signed change a gap states against the basis after its "so với", or None when
    that basis is no other time or plan, or quotes a level of its own ("so với chỉ tiêu 38%
    mà …", read as a figure)."""
    basis = gap.group("after").strip()
    end = gap.end("after")
    # (the basis stops at a comma, so a decimal level it quotes, "so với chỉ tiêu 91,5%
    # giao tại …", ends it at the level's comma: the digits around that comma tell)
    if "%" in basis or _DECIMAL.search(basis) or _DECIMAL.match(gap.string, end - 1):
        return None
    kind = basis_of(basis)
    if kind not in _OTHER_TIME:
        return None
    points = float(gap.group("points").replace(",", "."))
    return Comparison(kind, "change", -points if gap.group("verb") in _FALLS else points, basis)


# The gap before the rate it moved: "giảm 1,2 điểm phần trăm so với năm 2022, còn 3,4%",
# the level right after the basis's comma.
_GAP_BEFORE: Final = re.compile(
    r"(?P<verb>tăng|giảm)[ \t]+(?P<points>\d+(?:,\d+)?)[ \t]+điểm[ \t]*"
    r"(?:phần[ \t]+trăm(?![^\W_])|%)[ \t]+so[ \t]+(?:với[ \t]+)?(?P<after>[^,;.()%\n]{2,60}?)"
    r"[ \t]*,[ \t]*(?:chỉ[ \t]+|xuống[ \t]+|lên[ \t]+)?(?:còn|đạt|lên|xuống|ở mức|là)[ \t]+$"
)


def gap_before(low: str, lead_start: int) -> Comparison | None:
    """The change a gap in points states before the rate it led to, when its basis follows
    it with "so với": "tỷ lệ hộ nghèo giảm 1,2 điểm phần trăm so với năm 2022, còn 3,4%" is
    3,4% with a change of -1,2 against the previous year, as "còn 3,4%, giảm 1,2 điểm phần
    trăm so với năm 2022" is.

    >>> low = "tỷ lệ hộ nghèo giảm 1,2 điểm phần trăm so với năm 2022, còn 3,4%"
    >>> gap_before(low, low.index("3,4"))
    Comparison(basis='previous', measure='change', percent=-1.2, basis_text='năm 2022')
    >>> gap_before("giảm 1,2 điểm phần trăm, còn 3,4%", 30) is None
    True
    """
    gap = _GAP_BEFORE.search(low, max(0, lead_start - 120), lead_start)
    return _change_of(gap) if gap is not None else None


def add_point_gaps(low: str, drafts: list[Draft]) -> None:
    """Gives each rate of a sentence with no comparison yet the change its gap states."""
    for draft in drafts:
        quantity = draft.quantity
        if quantity is None or quantity.unit.text != "%" or draft.comparisons:
            continue
        gaps = gap_comparisons(low, quantity.unit.end, draft.clause_end)
        before = gap_before(low, quantity.lead_start) if not gaps else None
        if gaps:
            draft.comparisons = gaps
        elif before is not None:
            draft.comparisons = [before]
