"""'lần lượt': one verb and a list of percentages that belong, in order, to the figures
(or the subjects) listed before it.

"Nhật Bản nhập 18 ngàn tấn, trị giá 85 triệu USD, tăng lần lượt 27% và 23%" gives the
rises to the tonnage and the value; "Thu từ A và từ B lần lượt đạt 112,8% và 107,3% dự
toán" gives A and B a share of the budget each.

>>> text = "tăng lần lượt 27% và 23% so với cùng kỳ"
>>> from tiendo.extract.mentions import find_quantities
>>> [(g.measure, g.basis_text, len(g.members)) for g in find_lists(text, 0, len(text),
...     find_quantities(text, text, 0, len(text)))]
[('change', 'cùng kỳ', 2)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from tiendo.extract.basis_lists import fronted_bases, list_bases
from tiendo.extract.comparisons import read_basis_after, read_lead
from tiendo.extract.figure import Measure
from tiendo.extract.headed_subjects import headed_subjects
from tiendo.extract.period_cues import find_periods
from tiendo.extract.quantities import Quantity
from tiendo.extract.respective_bases import stated_share_basis

# "tăng tương ứng 1,2%, 2,5% và 3,7%": "tương ứng" before two or more percentages says the
# same; before one ("tương ứng 28,1%") it is "equal to", and no list is found.
_RESPECTIVELY: Final = re.compile(r"\b(?:lần lượt|tương ứng)\b")
# What may stand between two listed percentages: a comma or "và", and an aspect
# ("13,7% về lượng và 26% về giá trị").
_LIST_GAP: Final = re.compile(
    r"^(?:\s*về\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)?\s*(?:,|và|;)?\s*(?:và\s*)?$"
)
# "lần lượt giảm 2,5%, tăng 3,1% và tăng 5,6%": a rise or fall of its own for an item.
_VERB_GAP: Final = re.compile(r"^\s*(?:,|và|;)?\s*(?:và\s*)?(tăng|giảm)\s*$")
_OPENING_BASIS: Final = re.compile(r"\s*so\s+(?:với\s+)?")
_BASES_CLOSED: Final = re.compile(r"\s*,")  # the opening bases end at a comma
_SO_VOI_BEFORE: Final = re.compile(r"\bso (?:với )?([^,;:()]{2,40}?)\s*,?\s*$")
# Words that end a listed subject without belonging to it ("sắn và khoai sọ mở rộng").
_SUBJECT_SPLIT: Final = re.compile(r"\s*(?:,|\bvà\b|;)\s*")


@dataclass(frozen=True)
class RespectiveList:
    """Percentages stated 'respectively' for as many figures or subjects before them."""

    start: int  # where "lần lượt" (or its verb, when the verb comes first) starts
    members: tuple[int, ...]  # indices into the sentence's quantities
    measure: Measure
    negative: bool
    basis_text: str | None
    end: int  # after the last percentage and its basis
    verb: str = ""
    signs: tuple[bool, ...] = ()  # each member's fall, where the items have verbs of their own
    bases: tuple[str, ...] = ()  # one basis per member: "so với tháng trước và cùng kỳ"


def find_lists(low: str, start: int, end: int, quantities: list[Quantity]) -> list[RespectiveList]:
    """Every 'lần lượt' list of two or more percentages in low[start:end]."""
    found: list[RespectiveList] = []
    for match in _RESPECTIVELY.finditer(low, start, end):
        after = [
            i
            for i, q in enumerate(quantities)
            if q.lead_start >= match.end() and q.unit.kind == "percent" and q.value_max is None
        ]
        if not after or any(
            q.unit.kind != "percent"
            and match.end() <= q.lead_start < quantities[after[0]].lead_start
            for q in quantities
        ):
            # "đạt lần lượt 850 triệu USD và 620 triệu USD, tăng 12,5% và 8,3%": the word
            # goes with the levels it stands before, not with the rises after them.
            continue
        members = [after[0]]
        falls: list[bool | None] = [None]  # None: the list's own verb
        for index in after[1:]:
            gap = low[quantities[members[-1]].extent_end : quantities[index].lead_start]
            own_verb = None if _LIST_GAP.match(gap) else _VERB_GAP.match(gap)
            if own_verb is None and not _LIST_GAP.match(gap):
                break
            members.append(index)
            falls.append(own_verb.group(1) == "giảm" if own_verb else falls[-1])
        first, last = quantities[members[0]], quantities[members[-1]]
        lead = read_lead(low[match.end() : first.lead_start])
        if lead is not None and low[match.end() + lead.cue_start : first.lead_start].strip(
            " ,"
        ) not in (lead.verb, ""):
            lead = None  # words other than a verb stand between: not this list's verb
        before = low[max(start, match.start() - 60) : match.start()]
        list_start = match.start()
        if lead is None:
            lead = read_lead(before)  # "tăng lần lượt 27% và 23%"
        if len(members) < 2 or lead is None or lead.measure is None:
            continue
        basis = read_basis_after(low, last.unit.end)
        basis_text = basis[0] if basis else lead.basis_text
        list_end = basis[1] if basis else last.extent_end
        listed_bases = list_bases(low, basis[1] - len(basis[0]), len(members)) if basis else None
        if listed_bases is not None:
            list_end = listed_bases[1]
        if basis is None and listed_bases is None:
            # "So với tháng trước và cùng kỳ, kim ngạch lần lượt tăng 5,2% và 11,4%": the
            # bases open the sentence, one for each percentage. So too where the verb comes
            # first ("..., kim ngạch tăng lần lượt 5,2% và 11,4%") and its lead has read the
            # two bases as one ("tháng trước và cùng kỳ"): one figure, compared with each.
            opening = _OPENING_BASIS.match(low, start)
            listed_bases = list_bases(low, opening.end(), len(members)) if opening else None
            if listed_bases is not None and not _BASES_CLOSED.match(low, listed_bases[1]):
                listed_bases = None
            so_voi = _SO_VOI_BEFORE.search(before) if listed_bases is None else None
            if so_voi is not None:
                # "Chỉ số tiêu thụ tháng 9 so với tháng trước và cùng kỳ tăng lần lượt 5,4%
                # và 17,2%": as many bases before the verb as percentages after it, one each.
                listed_bases = fronted_bases(before, so_voi.start(1), len(members))
                if listed_bases is not None:
                    # the list starts at its bases: the figure they compare stands before
                    list_start = max(start, match.start() - 60) + so_voi.start()
            if listed_bases is not None:
                basis_text = listed_bases[0][0]
        if basis_text is None:
            so_voi = _SO_VOI_BEFORE.search(before)  # "so với cùng kỳ lần lượt tăng ..."
            basis_text = so_voi.group(1) if so_voi else None
        if basis_text is None and lead.measure == "ratio" and lead.verb in ("đạt", "bằng"):
            # "..., bằng 42,3% kế hoạch; trong đó A 1.080 tỷ đồng, B 1.066 tỷ đồng, lần lượt
            # đạt 45,1% và 39,8%": the parts' shares of the plan stated for their whole.
            basis_text = stated_share_basis(low, start, match.start(), quantities, len(members))
        if basis_text is None and lead.measure == "ratio" and lead.verb != "chiếm":
            continue  # "lần lượt là 25,1% và 30,2%": shares of nothing named, so levels
        found.append(
            RespectiveList(
                start=list_start,
                members=tuple(members),
                measure=lead.measure,
                negative=lead.negative,
                basis_text=basis_text,
                end=max(list_end, last.extent_end),
                verb=lead.verb,
                signs=_signs(falls, lead.negative) if lead.measure == "change" else (),
                bases=listed_bases[0] if listed_bases is not None else (),
            )
        )
    return found


def split_subjects(low: str, start: int, end: int, count: int) -> list[tuple[int, int]]:
    """The spans of `count` subjects listed in low[start:end] ("A và B", "A, B và C"), or []."""
    pieces: list[tuple[int, int]] = []
    position = start
    for separator in _SUBJECT_SPLIT.finditer(low, start, end):
        pieces.append((position, separator.start()))
        position = separator.end()
    pieces.append((position, end))
    pieces = [(a, b) for a, b in pieces if low[a:b].strip()]
    if len(pieces) > count and "," in low[start:end]:
        # "nhóm nông sản, thủy sản và nhóm nhiên liệu, khoáng sản" (headed_subjects.py)
        pieces = headed_subjects(low, pieces, count) or pieces
    return pieces[-count:] if len(pieces) >= count else []


def _signs(falls: list[bool | None], negative: bool) -> tuple[bool, ...]:
    """Each member's fall: the list's verb until an item names its own ("giảm 2,5%, tăng
    3,1% và 5,6%"); () when no item has a verb of its own."""
    if all(fall is None for fall in falls):
        return ()
    return tuple(negative if fall is None else fall for fall in falls)


# The words that put a time at the end of a subject: "hộ cận nghèo cuối năm 2023".
_TIME_LEAD: Final = re.compile(r"(?:\s+(?:cuối|đầu|giữa|hết|trong|vào|của))*\s*$")


def without_time(low: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` with the time said after the last subject left out, since it dates every
    item of the list ("Tỷ lệ hộ nghèo và hộ cận nghèo cuối năm 2023 lần lượt là …")."""
    if not spans:
        return spans
    start, end = spans[-1]
    text = low[start:end].rstrip(" ,")
    mentions = find_periods(text)
    if not mentions or mentions[-1].end != len(text) or mentions[-1].start == 0:
        return spans
    if not any(c.isdigit() for c in text[mentions[-1].start :]):
        return spans  # "sản lượng lúa cả năm": a time without a date names the crop's
    cut = _TIME_LEAD.search(text, 0, mentions[-1].start)
    cut_at = cut.start() if cut else mentions[-1].start
    if not text[:cut_at].strip():
        return spans
    return [*spans[:-1], (start, start + cut_at)]
