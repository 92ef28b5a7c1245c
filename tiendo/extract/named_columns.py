"""Tables whose columns name what they measure and whose rows name places or groups:

    Địa phương | Hộ nghèo | Tỷ lệ hộ nghèo
    Huyện Cai Lậy | 793 hộ | 1,47%

No header word says plan, estimate or period, so the header is the first line of words
above lines of numbers, and each column's name goes before the row's name in the
indicator ("hộ nghèo Huyện Cai Lậy"), as the readers write it.

>>> plain_header([["Địa phương", "Hộ nghèo"], ["Huyện A", "793 hộ"], ["Huyện B", "1.370 hộ"]])
(0, 1)
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.table_cells import parse_cell
from tiendo.extract.table_headers import _COLUMN_UNIT, _YEAR, Column

# A year a header names as the basis of its rises ("Tăng so với năm 2022"): it dates the
# basis, not the column, so the row of headers is still all words.
_BASIS_YEAR: Final = re.compile(
    r"\bso(?: với)?(?: cùng kỳ)?(?: năm)? (?:19|20)\d{2}\b", re.IGNORECASE
)


def plain_header(grid: list[list[str]], unit: str = "") -> tuple[int, int] | None:
    """(0, 1) when the first row is all words and every later row is a name then numbers.

    A bare number is read when its column header ("Giá trị (tỷ đồng)") or the caption
    (`unit`, "đơn vị tính: cơ sở") gives its unit.

    >>> plain_header([["Khu vực", "Giá trị (tỷ đồng)"], ["Dịch vụ", "18.119,72"]])
    (0, 1)
    >>> plain_header([["Địa bàn", "Bệnh viện"], ["Huyện A", "6"]], "cơ sở")
    (0, 1)
    >>> plain_header([["Địa bàn", "Bệnh viện"], ["Huyện A", "6"]]) is None
    True
    """
    header = grid[0] if grid else []
    if len(grid) < 2 or any(
        not cell or parse_cell(cell) or _YEAR.search(_BASIS_YEAR.sub(" ", cell)) for cell in header
    ):
        return None
    for row in grid[1:]:
        if not row or not row[0] or parse_cell(row[0]) is not None:
            return None
        cells = [
            (index, parsed)
            for index, parsed in enumerate(map(parse_cell, row[1:]), start=1)
            if parsed is not None
        ]
        # Bare numbers under a header of words leave their unit unknown, unless the header
        # of their column or the caption names it.
        if not cells or not all(
            cell.unit
            or cell.percent
            or unit
            # (a ragged row may run past the header: no header names that cell's unit)
            or (index < len(header) and _COLUMN_UNIT.search(header[index]))
            for index, cell in cells
        ):
            return None
    return 0, 1


def name_measured_columns(columns: list[Column], indicator_column: int) -> None:
    """In a table with no column of a plan, a result or a period, every other named column
    measures a quantity of its own: a value column named by its header."""
    if any(column.role == "value" and not column.measure_name for column in columns):
        return
    for column in columns:
        if column.role == "other" and column.index != indicator_column and column.header:
            column.role, column.kind = "value", "actual"
            column.measure_name = column.header.lower()
