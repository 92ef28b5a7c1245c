"""Cells that carry words around their number, as tables written into prose do:
"ước 536.500 lượt" (an estimate), "tăng 16,88%" (a change), "61,35 tạ/ha (100,36%)" (a level
with its ratio to the basis the column header names in brackets).

>>> value_cell("ước 536.500 lượt")
('536.500 lượt', 'estimate', None)
>>> value_cell("61,35 tạ/ha (100,36%)")
('61,35 tạ/ha', None, 100.36)
>>> ratio_cell("giảm 1,5%"), ratio_cell("tăng 16,88%"), ratio_cell("112,8")
((-1.5, 'change'), (16.88, 'change'), None)
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.figure import Kind, Measure
from tiendo.extract.table_cells import parse_cell

_ESTIMATED: Final = re.compile(r"^(?:ước tính|ước đạt|dự ước|ước)\s+", re.IGNORECASE)
_REACHED: Final = re.compile(r"^(?:đạt|thực hiện)\s+", re.IGNORECASE)
_BRACKET_RATIO: Final = re.compile(r"^(.*\S)\s*\(\s*(\d+(?:,\d+)?)\s*%\s*\)$")
_CHANGE: Final = re.compile(r"^(tăng|giảm)\s+(.*)$", re.IGNORECASE)


def value_cell(cell: str) -> tuple[str, Kind | None, float | None]:
    """The cell without its words, the kind its leading word says, and a bracketed ratio."""
    kind: Kind | None = None
    if cell[:1] in "uUưƯ" and _ESTIMATED.match(cell):
        cell, kind = _ESTIMATED.sub("", cell, count=1), "estimate"
    elif cell[:1] in "đĐtT" and _REACHED.match(cell):
        cell = _REACHED.sub("", cell, count=1)
    ratio = None
    if cell.endswith("%)"):
        found = _BRACKET_RATIO.match(cell)
        if found:
            cell, ratio = found.group(1), float(found.group(2).replace(",", "."))
    return cell, kind, ratio


def ratio_cell(cell: str) -> tuple[float, Measure] | None:
    """A ratio cell that says its direction in words: 'tăng 16,88%', 'giảm 1,5%'."""
    found = _CHANGE.match(cell) if cell[:1] in "tTgG" else None
    if not found:
        return None
    parsed = parse_cell(found.group(2))
    if parsed is None or parsed.value_max is not None:
        return None
    sign = -1.0 if found.group(1).lower() == "giảm" else 1.0
    return sign * abs(parsed.value), "change"
