"""A count of the places where a measure rose or fell: "IIP tăng ở 61 địa phương".

The number counts places, not the measure: what is counted is the places that have the
measure risen ("địa phương có IIP tăng"), as the statistics office words it ("61 địa
phương có chỉ số IIP tăng"). A later item with no subject of its own ("và giảm ở 2 địa
phương") is of the same measure as the item before it. Named once the sentence is read,
so that figures after the count ("(Trà Vinh giảm 17,2%)") go on with the measure.

>>> risen_name("địa phương", "GRDP", "tăng")
'địa phương có GRDP tăng'
>>> risen_name("địa phương", "chỉ số sản xuất công nghiệp so với cùng kỳ năm trước", "giảm")
'địa phương có chỉ số sản xuất công nghiệp giảm'
>>> risen_name("địa phương", "IIP địa phương", "tăng")
'địa phương có IIP tăng'
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.units import counted_noun

# The nouns of places (or branches) a measure is told for, one by one.
_PLACES: Final = frozenset(
    {"địa phương", "tỉnh", "tỉnh, thành phố", "tỉnh, thành", "tỉnh/thành phố", "huyện", "ngành"}
)
# "tăng ở", "chỉ giảm ở", "tăng tại": the verb, then where; right before the number.
_WHERE: Final = re.compile(r"\b(tăng|giảm)\s+(?:ở|tại)\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$")
_BASIS: Final = re.compile(r"\s+(?:so với|so)\s.*$")
# What may stand before the verb of a later item that names no measure of its own.
_NO_SUBJECT: Final = re.compile(r"^[\s,;]*(?:và|còn|chỉ|nhưng)?[\s,;]*(?:chỉ\s+)?$")


def risen_name(places: str, measure: str, verb: str) -> str:
    """The name of a count of `places` where `measure` took `verb` (tăng, giảm)."""
    measure = _BASIS.sub("", measure).strip(" ,")
    if measure.lower().endswith(f" {places}"):  # "IIP địa phương": the count's own noun
        measure = measure[: -len(places) - 1].rstrip(" ,")
    return f"{places} có {measure} {verb}" if measure else ""


def name_risen_places(low: str, drafts: list[Draft]) -> None:
    """Name each count of places where a measure rose or fell, in `drafts` (a sentence's
    figures, in order; `low` the passage lower-cased)."""
    measure = ""  # the measure of the last such count
    for draft in drafts:
        quantity = draft.quantity
        if quantity is None or quantity.unit.kind != "count":
            continue
        places = counted_noun(quantity.unit.text)
        if places not in _PLACES:
            continue
        start = max(draft.item_start, quantity.lead_start - 24)
        where = _WHERE.search(low, start, quantity.lead_start)
        if where is None:
            continue
        if not (measure and _NO_SUBJECT.match(low, draft.item_start, where.start())):
            measure = draft.indicator  # its own subject; else the item before's
        draft.indicator = risen_name(places, measure, where.group(1)) or draft.indicator
