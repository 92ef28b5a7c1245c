"""Levels stated 'respectively': "A, B và C lần lượt là 120, 98 và 76 tỷ đồng".

The unit is written once, after the last number; every number of the list is a level
of its own, with that unit and bound, and belongs to the subject listed at the same
place before "lần lượt" (or "tương ứng"), or to the list's head when no subjects are
listed.

>>> text = "thu ngân sách các huyện a, b và c lần lượt là 120, 98 và 76 tỷ đồng"
>>> from tiendo.extract.mentions import find_quantities
>>> found = with_shared_units(text, 0, len(text), find_quantities(text, text, 0, len(text)))
>>> [(q.value, q.unit.text) for q in found]
[(120.0, 'tỷ đồng'), (98.0, 'tỷ đồng'), (76.0, 'tỷ đồng')]
>>> [g.members for g in find_level_lists(text, 0, len(text), found, set())]
[(0, 1, 2)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Final

from tiendo.extract.aspect_levels import aspect_levels
from tiendo.extract.basis_clauses import before_basis_clause
from tiendo.extract.basis_lists import list_bases
from tiendo.extract.comparisons import read_basis_after
from tiendo.extract.numbers import NUMBER_TOKEN, parse_number
from tiendo.extract.quantities import Quantity
from tiendo.extract.respectively import RespectiveList
from tiendo.extract.units import UnitMatch

RESPECTIVE_WORDS: Final = ("lần lượt", "tương ứng")
_RESPECTIVELY: Final = re.compile(r"\b(?:lần lượt|tương ứng)\b")
# The verb (and bound words) between "lần lượt" and the first number: "là", "đạt",
# "phải đạt", "ở mức", "khoảng" ...; words only, at most four.
_LEAD: Final = re.compile(r"(?:\s*[^\W\d_]+){0,4}\s*")
# Between two listed numbers: a comma, a semicolon or "và".
_SEPARATOR: Final = re.compile(r"\s*(?:,|;)?\s*(?:và\s+)?(?=\d)")
_LIST_GAP: Final = re.compile(r"^\s*(?:,|;)?\s*(?:và\s*)?$")


@dataclass(frozen=True)
class LevelList:
    """Two or more levels listed after 'lần lượt', each of its own subject."""

    start: int  # where "lần lượt" starts
    members: tuple[int, ...]  # indices into the sentence's quantities


def with_shared_units(low: str, start: int, end: int, quantities: list[Quantity]) -> list[Quantity]:
    """`quantities` with the bare numbers of a respective list added, each with the unit
    (and bound) written after the list's last number: "lần lượt là 120, 98 và 76 tỷ đồng"."""
    by_start = {q.start: q for q in quantities}
    added: list[Quantity] = []
    for match in _RESPECTIVELY.finditer(low, start, end):
        lead = _LEAD.match(low, match.end(), end)
        position = lead.end() if lead else match.end()
        bare: list[tuple[int, int, float]] = []
        while position < end:
            number = NUMBER_TOKEN.match(low, position, end)
            if number is None:
                break
            owner = by_start.get(number.start())
            if owner is not None:
                if bare and owner.value_max is None:
                    added += [_bare(owner, *item) for item in bare]
                break
            value = parse_number(number.group())
            separator = _SEPARATOR.match(low, number.end(), end)
            if value is None or separator is None or separator.end() == number.end():
                break
            bare.append((number.start(), number.end(), value))
            position = separator.end()
    if not added:
        return quantities
    return sorted(quantities + added, key=lambda q: q.start)


def _bare(owner: Quantity, start: int, end: int, value: float) -> Quantity:
    unit = UnitMatch(owner.unit.text, owner.unit.kind, end)
    return replace(
        owner, start=start, end=end, value=value, unit=unit, lead_start=start, extent_end=end,
        tail="",
    )  # fmt: skip


def find_level_lists(
    low: str, start: int, end: int, quantities: list[Quantity], claimed: set[int]
) -> list[LevelList]:
    """Lists of two or more levels with one unit right after 'lần lượt' or 'tương ứng',
    leaving out the quantities a list of comparisons already holds (`claimed`)."""
    found: list[LevelList] = []
    for match in _RESPECTIVELY.finditer(low, start, end):
        lead = _LEAD.match(low, match.end(), end)
        lead_end = lead.end() if lead else match.end()
        after = [
            i for i, q in enumerate(quantities) if q.lead_start >= match.end() and i not in claimed
        ]
        if not after or quantities[after[0]].lead_start > lead_end:
            continue
        members = [after[0]]
        unit = quantities[after[0]].unit.text
        for index in after[1:]:
            previous, current = quantities[members[-1]], quantities[index]
            gap = low[previous.extent_end : current.lead_start]
            # "lần lượt là 42.500 ha, 58,2 tạ/ha và 247.350 tấn": levels of several
            # measures, each with its own unit; a rate among them is a comparison.
            mixed = current.unit.text != unit and "percent" in (
                current.unit.kind,
                quantities[after[0]].unit.kind,
            )
            if mixed or not _LIST_GAP.match(gap):
                break
            members.append(index)
        if len(members) >= 2:
            found.append(LevelList(match.start(), tuple(members)))
    return found


def item_name(first: str, other: str) -> str:
    """The words of `first` (a list's first subject, with the list's head before it) that
    name its item, judged by another item of the list, `other`.

    >>> item_name("thu ngân sách huyện Tân Phú", "Định Quán")
    'Tân Phú'
    >>> item_name("thu từ khu vực ngoài quốc doanh", "từ doanh nghiệp FDI")
    'từ khu vực ngoài quốc doanh'
    >>> item_name("diện tích lúa", "ngô")
    'lúa'
    >>> item_name("Tỷ trọng công nghiệp - xây dựng", "dịch vụ")
    'công nghiệp - xây dựng'
    >>> item_name("thu ngân sách", "chi ngân sách")
    'thu ngân sách'
    """
    words, others = first.split(), other.split()
    if not words or not others:
        return ""
    if others[0][:1].isupper():
        taken = 0
        while taken < len(words) - 1 and words[-1 - taken][:1].isupper():
            taken += 1
        if taken:
            return " ".join(words[-taken:])
    opener = others[0].lower()
    lowered = [w.lower() for w in words]
    if opener == lowered[0] and len(others) > 1:
        return first  # "Đàn trâu, đàn bò": every item names itself in full
    if len(others) == len(words) > 1 and others[-1].lower() == lowered[-1]:
        return first  # "thu ngân sách và chi ngân sách": two names of the same shape
    if opener in lowered[1:]:
        at = len(lowered) - 1 - lowered[::-1].index(opener)
        return " ".join(words[at:])
    size = min(len(others), len(words) - 1)
    if size > 0 and len(words) > 2 * size + 1 and words[-size - 1] in ("-", "–"):
        size = 2 * size + 1  # "công nghiệp - xây dựng": one item of two joined parts
    window = words[-size:] if size > 0 else []
    dash = next((i for i, word in enumerate(window) if word in ("-", "–")), None)
    if dash is not None and 0 < dash < len(window) - 1 - dash:
        # "nghiệp - xây dựng": the part before the dash is as long as the part after it.
        size = min(len(words) - 1, size + len(window) - 1 - 2 * dash)
    return " ".join(words[-size:]) if size > 0 else ""


# Between two listed percentages of an unmarked list: a comma or "và", and an aspect
# ("21% về khối lượng và 30% về giá trị", "18,8% về số doanh nghiệp và 64% về số vốn").
_GAP: Final = re.compile(r"^(?:\s*về\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,3})?\s*(?:,|và|,\s*và)\s*$")
# "tăng 10% về số doanh nghiệp và tăng 82,1% về vốn": each aspect named, the verb said
# again; "giảm 3,1% về lượng và tăng 2,4% về giá trị": or the other verb, a sign of its own.
_ASPECT_GAP: Final = re.compile(
    r"^\s*về\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*(?:,|và|,\s*và)\s*(tăng|giảm)\s*$"
)
# "… và 64% về số vốn so với cùng kỳ": the basis after the last aspect is the list's.
_ASPECT_BEFORE_BASIS: Final = re.compile(r"[ \t]*về[ \t]+(?:[^\W\d_]+[ \t]+){1,4}(?=so\b)")
_VERB_ONLY: Final = re.compile(r"[\s,]*(tăng|giảm|bằng|vượt)\s*(?:tương ứng\s*)?$")
# "giảm 1,1% và tăng 6,4%": the other verb said again, a sign of its own.
_VERB_GAP: Final = re.compile(r"^\s*(?:,|và|,\s*và)\s*(tăng|giảm)\s*$")
_CLAUSE_STOP: Final = re.compile(r"[;:]")


# "tăng 67,31% so với tháng trước, giảm 27,35% so với cùng kỳ": one figure on two bases.
_TWO_BASES: Final = re.compile(
    r"%\s*so\s+(?:với\s+)?[^,;%]{2,40}(?:,|\s+và|\s+nhưng)\s*(?:(?:tăng|giảm)\s+)?[\d.,]+\s*%"
    r"\s*so\s"
)


def find_unmarked_lists(
    low: str, start: int, end: int, quantities: list[Quantity], stated: int = 0
) -> list[RespectiveList]:
    """'Mỹ 15 ngàn tấn, 68 triệu USD, tăng 21% và 30%': as many rises as levels right
    before them, with one verb and no "lần lượt", go to those levels in order.

    'CPI tăng 0,4% so với tháng trước và 3% so với cùng kỳ; nhóm A tăng 1% và 5%': after a
    figure compared on `stated` bases (or on two, earlier in the sentence), as many bare
    rises with one verb are its parts' rises on those bases in turn."""
    found: list[RespectiveList] = []
    index = 0
    while index < len(quantities):
        first = quantities[index]
        verb = _VERB_ONLY.search(low, max(start, first.lead_start - 12), first.lead_start)
        if first.unit.kind != "percent" or first.value_max is not None or verb is None:
            index += 1
            continue
        members = [index]
        falls = [verb.group(1) == "giảm"]
        for later in range(index + 1, len(quantities)):
            quantity = quantities[later]
            previous = quantities[members[-1]]
            gap = low[previous.extent_end : quantity.lead_start]
            again = _ASPECT_GAP.match(gap) if " về " in f" {gap}" else _VERB_GAP.match(gap)
            if quantity.unit.kind != "percent" or not (
                _GAP.match(gap) or (again and verb.group(1) != "bằng")
            ):
                break
            members.append(later)
            falls.append(again.group(1) == "giảm" if again else falls[-1])
        # "620 doanh nghiệp với vốn đăng ký 11 nghìn tỷ đồng, tăng 18,8% về số doanh nghiệp
        # và 64% về số vốn": rises that name their aspects reach levels named at length.
        aspects = len(members) >= 2 and " về " in low[first.end : quantities[members[1]].start]
        stop = before_basis_clause(
            low, quantities[index - 1].extent_end if index else 0, verb.start()
        )
        chained = {member for earlier in found for member in earlier.members}
        levels = _levels_before(low, quantities, index, stop, 6 if aspects else 3, chained)
        if aspects and len(levels) < len(members):
            levels = aspect_levels(low, quantities, index, verb.start(), len(members))
        last = quantities[members[-1]]
        aspect = _ASPECT_BEFORE_BASIS.match(low, last.unit.end) if aspects else None
        basis_at = aspect.end() if aspect else last.unit.end
        basis = read_basis_after(low, basis_at) if len(members) >= 2 else None
        # "tăng 5,2% và 11,4% so với tháng trước và cùng kỳ": a rise for each basis.
        bases = list_bases(low, basis[1] - len(basis[0]), len(members)) if basis else None
        if basis is None and len(members) == 2 and stated != 2 and "so" in low[start : first.start]:
            stated = 2 if _TWO_BASES.search(low, start, first.start) else stated
        on_stated = basis is None and len(members) == stated
        if len(members) >= 2 and (len(levels) >= len(members) or bases is not None or on_stated):
            found.append(
                RespectiveList(
                    start=verb.start(1),
                    members=tuple(members),
                    measure="change" if verb.group(1) != "bằng" else "ratio",
                    negative=verb.group(1) == "giảm",
                    basis_text=basis[0] if basis else None,
                    end=bases[1] if bases else basis[1] if basis else last.extent_end,
                    verb=verb.group(1),
                    signs=tuple(falls) if len(set(falls)) > 1 else (),
                    bases=bases[0] if bases else (),
                )
            )
        index = members[-1] + 1
    return found


def _levels_before(
    low: str,
    quantities: list[Quantity],
    index: int,
    verb: int,
    words: int = 3,
    chained: set[int] | frozenset[int] = frozenset(),
) -> list[int]:
    """The levels (not rates) listed right before a verb, in the same clause, with only
    commas and short names (of at most `words` words) between them, and the rates of an
    earlier list of the same levels ("đạt 25.400 tấn và 8.300 tấn, bằng 102% và 95% kế
    hoạch, tăng 3,1% và 2,4%": the rises go to the tonnages too)."""
    levels: list[int] = []
    position = verb
    for before in range(index - 1, -1, -1):
        quantity = quantities[before]
        if before in chained and levels == []:
            position = quantity.lead_start
            continue
        gap = low[quantity.extent_end : position]
        if quantity.unit.kind == "percent" or _CLAUSE_STOP.search(gap) or len(gap.split()) > words:
            break
        levels.append(before)
        position = quantity.lead_start
    return levels
