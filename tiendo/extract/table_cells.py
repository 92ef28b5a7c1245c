"""Cells of report tables: '1.234,5', '≥ 95%', '7,5 - 8', '123,4 tỷ đồng'.

>>> parse_cell("≥ 95%")
CellValue(value=95.0, value_max=None, bound='at_least', percent=True, unit='')
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Final

from tiendo.extract.figure import Bound

# --- Cell values ---------------------------------------------------------------

_BLANK_CELLS: Final = frozenset(
    {"", "-", "--", "x", "–", "—", "…", "...", "*", "/", "k", "kxđ", "n/a"}
)
_NUMBER: Final = r"[-−]?(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?|\d+\.\d{1,2}(?!\d))"
_CELL_VALUE: Final = re.compile(
    rf"^(?P<before>[^\d\-−]*?)\s*(?P<value>{_NUMBER})"
    rf"(?:\s*(?:-|–|đến|÷)\s*(?P<value_max>{_NUMBER}))?"
    r"\s*(?P<percent>%)?\s*(?P<after>[^\d]*)$"
)
_ENGLISH_DECIMAL: Final = re.compile(r"-?\d+\.\d{1,2}")
_AT_LEAST: Final = re.compile(r"^(?:≥|>=|>|trên|hơn|ít nhất|tối thiểu|không dưới)$")
_AT_MOST: Final = re.compile(r"^(?:≤|<=|<|dưới|tối đa|không quá|không vượt)$|^trở xuống$")
_ABOUT: Final = re.compile(r"^(?:~|≈|khoảng|gần|xấp xỉ)$")
_UNIT_WORDS: Final = re.compile(r"^[^\W\d_]+(?:[ /][^\W\d_]+){0,2}$")


@dataclass(frozen=True)
class CellValue:
    value: float
    value_max: float | None = None
    bound: Bound | None = None
    percent: bool = False
    # Words after the number, when the cell names its unit ("123,4 tỷ đồng").
    unit: str = ""


def parse_number(text: str) -> float:
    """Vietnamese notation: '.' groups thousands, ',' marks decimals.

    >>> parse_number("1.234,5"), parse_number("123,4"), parse_number("1.790"), parse_number("-2,5")
    (1234.5, 123.4, 1790.0, -2.5)
    """
    text = text.replace("−", "-")
    if _ENGLISH_DECIMAL.fullmatch(text):
        return float(text)  # a decimal point written the English way ("12.5")
    return float(text.replace(".", "").replace(",", "."))


def parse_cell(text: str) -> CellValue | None:
    """A cell's quantity, or None for a blank, a dash, an 'x' or words.

    >>> parse_cell("≥ 9,5%")
    CellValue(value=9.5, value_max=None, bound='at_least', percent=True, unit='')
    >>> parse_cell("từ 7,5 - 8").value_max, parse_cell("x"), parse_cell("Đạt")
    (8.0, None, None)
    """
    text = unicodedata.normalize("NFC", " ".join(text.split()))
    if text.lower() in _BLANK_CELLS:
        return None
    match = _CELL_VALUE.match(text)
    if not match:
        return None
    before = match.group("before").strip().lower()
    after = match.group("after").strip().lower()
    bound = _bound(before, after)
    if before and bound is None and before != "từ":
        return None  # words before the number: not a plain quantity
    unit = "" if after in ("trở lên", "trở xuống") else after
    if unit and not _UNIT_WORDS.match(unit):
        return None
    value_max = match.group("value_max")
    return CellValue(
        value=parse_number(match.group("value")),
        value_max=parse_number(value_max) if value_max else None,
        bound=bound,
        percent=bool(match.group("percent")),
        unit=unit,
    )


def _bound(before: str, after: str) -> Bound | None:
    if _AT_LEAST.match(before) or after == "trở lên":
        return "at_least"
    if _AT_MOST.match(before) or after == "trở xuống":
        return "at_most"
    if _ABOUT.match(before):
        return "about"
    return None
