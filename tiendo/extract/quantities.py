"""A number read with its unit: what mentions.find_quantities finds in a sentence.

>>> Quantity(0, 2, 12.0, None, UnitMatch("ha", "measure", 5), None, 0, 5, "").value_max is None
True
"""

from __future__ import annotations

from dataclasses import dataclass

from tiendo.extract.figure import Bound
from tiendo.extract.units import UnitMatch


@dataclass
class Quantity:
    start: int  # first digit
    end: int  # after the last digit (of the upper end for a range)
    value: float
    value_max: float | None
    unit: UnitMatch
    bound: Bound | None
    lead_start: int  # where the bound words before the number start
    extent_end: int  # after the unit, the counted noun's words and "trở lên"
    tail: str  # words that follow the unit ("cây các loại", "ưu tú")
    planned: bool = False  # the plan written after a result: "45.799/36.875 tỷ đồng"
    over_plan: bool = False  # the result a plan is written after ("45.799" there)

    # Spelt out so that mypyc compiles it: the __init__ @dataclass generates stays
    # interpreted Python (clauses.Draft), and a quantity is made for every number read.
    def __init__(
        self,
        start: int,
        end: int,
        value: float,
        value_max: float | None,
        unit: UnitMatch,
        bound: Bound | None,
        lead_start: int,
        extent_end: int,
        tail: str,
        planned: bool = False,
        over_plan: bool = False,
    ) -> None:
        self.start = start
        self.end = end
        self.value = value
        self.value_max = value_max
        self.unit = unit
        self.bound = bound
        self.lead_start = lead_start
        self.extent_end = extent_end
        self.tail = tail
        self.planned = planned
        self.over_plan = over_plan
