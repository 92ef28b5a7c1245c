"""Rises that name their aspects reach the levels those aspects name, across what the
report puts between them: "thành lập mới 420 doanh nghiệp, đạt 52,5% kế hoạch năm, tổng số
vốn đăng ký 3.477 tỷ đồng, tăng 15% về số doanh nghiệp, tăng 72% về số vốn đăng ký" (a share
of the plan said of the first level), or "1.105 doanh nghiệp, vốn đăng ký 14.513 tỷ đồng;
giảm 8,6% về số doanh nghiệp và tăng 34,9% về số vốn" (a clause of the rises only).

Each aspect ("số doanh nghiệp", "vốn") must be said in the levels' own words, so rises of
other things ("tăng 3% về lượng") are left to the other readings.

>>> from tiendo.extract.mentions import find_quantities
>>> low = "có 420 doanh nghiệp, đạt 52% kế hoạch, vốn 3.477 tỷ đồng, tăng 15% về số doanh nghiệp, "
>>> low += "tăng 72% về vốn"
>>> found = find_quantities(low, low, 0, len(low))
>>> aspect_levels(low, found, 3, low.index("tăng 15"), 2)
[2, 0]
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.quantities import Quantity

# "về số doanh nghiệp", "về vốn đăng ký": the aspect's words, up to a comma, "và" or "so".
_ASPECT: Final = re.compile(r"\bvề\s+(?:số\s+(?:lượng\s+)?)?([^\W\d_]+(?:\s+[^\W\d_]+)?)")
_SEMICOLON_ONLY: Final = re.compile(r"\s*;\s*")
_MAX_WORDS: Final = 8  # a level's name between two levels, or a plan and a name after a level


def aspect_levels(
    low: str, quantities: list[Quantity], index: int, verb: int, count: int
) -> list[int]:
    """The `count` levels right before `verb` (nearest first) that the rises from
    quantity `index` on name by their aspects, stepping over a percentage said of a level
    and a semicolon just before the verb; [] when the aspects are not the levels' words."""
    levels: list[int] = []
    position = verb
    for before in range(index - 1, -1, -1):
        quantity = quantities[before]
        gap = low[quantity.extent_end : position]
        if not levels and _SEMICOLON_ONLY.fullmatch(gap):
            pass  # "…14.513 tỷ đồng; giảm 8,6% về số doanh nghiệp"
        elif ";" in gap or ":" in gap or len(gap.split()) > _MAX_WORDS:
            break
        position = quantity.lead_start
        if quantity.unit.kind == "percent":
            if not levels:
                break  # a rate right before the rises is no level's comparison
            continue  # "420 doanh nghiệp, đạt 52,5% kế hoạch, vốn …": the first level's
        levels.append(before)
        if len(levels) == count:
            break
    if len(levels) < count:
        return []
    said = low[position:verb]
    aspects = _ASPECT.findall(low, verb, quantities[index + count - 1].extent_end + 40)
    if len(aspects) < count or not all(f" {a.split()[0]}" in f" {said}" for a in aspects):
        return []
    return levels
