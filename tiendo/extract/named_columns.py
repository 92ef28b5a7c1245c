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

from tiendo.extract.table_cells import parse_cell
from tiendo.extract.table_headers import _YEAR, Column


def plain_header(grid: list[list[str]]) -> tuple[int, int] | None:
    """(0, 1) when the first row is all words and every later row is a name then numbers."""
    if len(grid) < 2 or any(not cell or parse_cell(cell) or _YEAR.search(cell) for cell in grid[0]):
        return None
    for row in grid[1:]:
        if not row[0] or parse_cell(row[0]) is not None:
            return None
        cells = [parsed for parsed in map(parse_cell, row[1:]) if parsed is not None]
        # Bare numbers under a header of words leave their unit unknown.
        if not cells or not all(cell.unit or cell.percent for cell in cells):
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
