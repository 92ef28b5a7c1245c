"""A headline restates its article: the figures it repeats are the body's, not figures twice.

"Lâm Đồng: khách lưu trú tăng 11%" above "... khách lưu trú ước 4,45 triệu lượt, tăng 11%.":
a news page opens with a line of its own, set apart by a line break and not closed as a
sentence is, that sums up what the paragraphs below it state in full. The figures it
names are read there, with their periods and bases; read in the headline too, they would
be figures twice, and the second time without the words that make them whole.

>>> text = "Lâm Đồng: khách lưu trú tăng 11%\\nCả năm 2018, khách lưu trú tăng 11%."
>>> is_headline(text, 0, 32, 0)
True
>>> is_headline("Thu ngân sách đạt 500 tỷ đồng.\\nChi 300 tỷ đồng.", 0, 30, 0)
False
>>> is_headline("- Thu ngân sách: 500 tỷ đồng\\n- Chi: 300 tỷ đồng", 0, 28, 0)
False
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from tiendo.extract.amounts import compound_amount
from tiendo.extract.lexicon import SCALES
from tiendo.extract.numbers import NUMBER_TOKEN, parse_number
from tiendo.extract.units import UnitMatch, read_unit

if TYPE_CHECKING:
    from tiendo.extract.clauses import Draft
    from tiendo.extract.quantities import Quantity

_LONGEST: Final = 200  # a headline is one short line; a longer one is a paragraph
# A line that opens a list or a numbered part is an item, not a headline.
_ITEM_OPENING: Final = re.compile(r"\s*(?:[-+•*–]|\d+[.)/]|[IVX]+\.|[a-zđ]\))")
# Whatever ends a sentence ends the line: a sentence, not a headline.
_CLOSED: Final = (".", ";", ":", "!", "?", "…")


def is_headline(text: str, start: int, end: int, index: int) -> bool:
    """True when the sentence text[start:end], the `index`-th of its passage, is the
    passage's headline: its first line, cut by a line break from the body after it."""
    if index != 0 or end - start > _LONGEST or not text.startswith("\n", end):
        return False
    line = text[start:end].rstrip()
    if not line or line.endswith(_CLOSED) or _ITEM_OPENING.match(line):
        return False
    return bool(text[end:].strip())  # a body follows


def outside_headline(
    text: str, start: int, end: int, index: int, drafts: list[Draft]
) -> list[Draft]:
    """The figures of the sentence text[start:end] but those of a headline that its body
    states again, the same number written again below it ("7.300 hộ" above "khoảng 7.300
    hộ thoát nghèo"). A headline's number the body never writes is kept: the line may be
    no headline but the first statement of a list written without full stops."""
    if not drafts or not is_headline(text, start, end, index):
        return drafts
    body = text[end:]
    low = body.lower()
    kept = []
    for draft in drafts:
        quantity = draft.quantity
        # The figure's own number (its first, for a range), not the first of the line.
        at = quantity.start if quantity is not None else draft.number_start
        number = NUMBER_TOKEN.search(text, at, end)
        unit = quantity.unit if quantity is not None else None
        restated = number is not None and _written_again(number.group(), unit, body, low)
        if not restated and (quantity is None or not _rounded_again(quantity, body, low)):
            kept.append(draft)
    return kept


# How far a headline's round number ("trên 30 ngàn lao động", "hơn 2,5 tỷ USD") may stand
# from the exact one the body writes ("trên 31.039 lao động", "2 tỷ 514 triệu USD").
_ROUNDING: Final = 0.1


def _rounded_again(quantity: Quantity, body: str, low: str) -> bool:
    """True when a headline's bounded amount ("trên", "hơn", "gần", "khoảng") rounds one
    the `body` writes in full, with the same noun or currency: the headline sums the
    body up in round figures, and the figure is the body's."""
    if quantity.bound not in ("at_least", "about") or quantity.value_max is not None:
        return False
    unit = quantity.unit
    if unit.kind not in ("count", "scale", "money"):
        return False
    scale, rest = _scaled(unit.text)
    target = quantity.value * scale
    if target <= 0:
        return False
    for number in NUMBER_TOKEN.finditer(low):
        at, after = number.start(), number.end()
        if not _stands_alone(low, at, after):
            continue
        value = parse_number(number.group())
        again = read_unit(low, after, body) if value is not None else None
        if value is None or again is None or again.kind not in ("count", "scale", "money"):
            continue
        if again.kind == "scale":
            whole = compound_amount(low, body, again, value, len(low))  # "2 tỷ 514 triệu USD"
            if whole is not None:
                value, again = whole
        scale_again, rest_again = _scaled(again.text)
        if _folded(rest_again) != _folded(rest):
            continue
        stated = value * scale_again
        if quantity.bound == "at_least":
            if target <= stated <= target * (1 + _ROUNDING):
                return True
        elif abs(stated - target) <= target * _ROUNDING:
            return True
    return False


def _scaled(unit: str) -> tuple[float, str]:
    """The factor of a unit's scale word and the words after it: (1e3, "lao động") for
    "ngàn lao động", (1.0, "usd") for "usd"."""
    first, _, rest = unit.partition(" ")
    factor = SCALES.get(first)
    return (factor, rest) if factor is not None else (1.0, unit)


def _written_again(number: str, unit: UnitMatch | None, body: str, low: str) -> bool:
    """True when the `body` (`low` in lower case) writes the quantity again: the number,
    with a unit of the same kind ("12%" is not "12 doanh nghiệp"), the same unit where
    it is one of measure; a count may be restated in other words ("2.291 quần chúng ưu tú"
    for "2.291 đảng viên"). `unit` None is a comparison's percentage."""
    at = low.find(number)
    while at >= 0:
        if _stands_alone(low, at, at + len(number)):
            again = read_unit(low, at + len(number), body)
            if again is not None and _same_unit(unit, again):
                return True
        at = low.find(number, at + 1)
    return False


def _stands_alone(low: str, at: int, end: int) -> bool:
    """True when `low[at:end]` is a number of its own, not a piece of a longer one ("12" in
    "112", "2.012" or "3/12")."""
    before = low[at - 1] if at else " "
    return not (before.isdigit() or before in ".,/") and not low[end : end + 1].isdigit()


def _same_unit(unit: UnitMatch | None, again: UnitMatch) -> bool:
    if unit is None:
        return again.kind == "percent"
    if unit.kind in ("count", "scale"):
        return again.kind in ("count", "scale")
    return unit.kind == again.kind and _folded(unit.text) == _folded(again.text)


def _folded(unit: str) -> str:
    return unit.replace("tỉ", "tỷ").replace("ngàn", "nghìn")
