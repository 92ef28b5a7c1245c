"""Report tables -> figures: one figure per value cell, with the row's comparisons.

Vietnamese reports put their figures in tables such as

    STT | Chỉ tiêu | ĐVT | KH năm 2023 | Ước TH 6 tháng | So sánh (%)  |
        |          |     |             |                | KH  | Cùng kỳ

The header says what each column holds: the indicator, the unit, a planned
level (a `target`), an estimate or a result for a period, or a ratio to a
basis. Every data row then gives a target figure and an estimate/actual
figure, the latter carrying the row's ratios as comparisons.

>>> rows = [["Chỉ tiêu", "ĐVT", "KH năm 2023", "Ước TH 6 tháng", "So với KH (%)"],
...         ["Thu ngân sách", "tỷ đồng", "1.200", "650,5", "54,2"]]
>>> [(f.kind, f.value, f.period.code(), [c.percent for c in f.comparisons])
...  for f in figures_from_table(rows)]
[('target', 1200.0, '2023', []), ('estimate', 650.5, '2023-H1', [54.2])]
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from tiendo.documents.model import CELL_SEPARATOR, cell_spans
from tiendo.extract.cell_words import ratio_cell, value_cell
from tiendo.extract.confidence import table_features, weigh
from tiendo.extract.figure import Comparison, Figure, Kind
from tiendo.extract.growth_tables import (
    caption_measure,
    ratio_row_figures,
    settle_cumulative_columns,
    settle_ratio_columns,
)
from tiendo.extract.named_columns import name_measured_columns, plain_header
from tiendo.extract.table_cells import CellValue, parse_cell, parse_number
from tiendo.extract.table_headers import (
    _HEADER_WORDS,
    _INDICATOR_HEADER,
    _NUMBER_HEADER,
    _UNIT_HEADER,
    _YEAR,
    Column,
    _classify,
    _combine_headers,
    _header_period,
    _is_plan_header,
)
from tiendo.periods import Period
from tiendo.vietnamese import search_key

# --- Header and row detection --------------------------------------------------

_SAME_PERIOD_KEY: Final = re.compile(
    r"cung ky|nam truoc"
)  # a column of the same period a year before
_COLUMN_NUMBERING: Final = re.compile(r"^\(?(?:[A-Za-z]|\d{1,2})(?:\s*=\s*[\d\s/*+x().,-]+)?\)?$")
_ENUMERATION: Final = re.compile(r"^(?:[IVXLC]+|[A-Za-zĐđ]|\d+(?:\.\d+)*)[.)/]\s+")
_BULLET: Final = re.compile(r"^[-+*•–·]+\s*")
_IN_WHICH: Final = re.compile(r"^(?:trong đó|chia ra|bao gồm|gồm)\s*[:,]?\s*", re.IGNORECASE)
_UNIT_IN_INDICATOR: Final = re.compile(r"\s*[(\[]\s*([^()\[\]\d]{1,24}|m2|m3|km2)\s*[)\]]\s*:?$")


def _clean(cell: str) -> str:
    return unicodedata.normalize("NFC", " ".join(cell.split()))


def _is_numeric(cell: str) -> bool:
    """A data value; a bare year ("2023" over a column) is a header."""
    return parse_cell(cell) is not None and not _YEAR.fullmatch(cell)


def _is_column_numbering(row: list[str]) -> bool:
    filled = [cell for cell in row if cell]
    return len(filled) >= 2 and all(
        len(cell) <= 14 and _COLUMN_NUMBERING.match(cell) for cell in filled
    )


def _header_keyword_count(row: list[str]) -> int:
    keys = {search_key(cell) for cell in row if cell}
    return sum(
        1
        for key in keys
        if _HEADER_WORDS.search(key)
        or _YEAR.fullmatch(key)
        or _INDICATOR_HEADER.search(key)
        or _NUMBER_HEADER.match(key)
        or _UNIT_HEADER.match(key)
    )


def _find_header(rows: list[list[str]]) -> tuple[int, int] | None:
    """(first, end) of the header rows, or None when the table has no header we know."""
    start = None
    for index, row in enumerate(rows[:6]):
        if _header_keyword_count(row) >= 2 and not any(_is_numeric(cell) for cell in row):
            start = index
            break
    if start is None:
        return None
    indicator = _indicator_index(rows[start])
    end = start + 1
    while end < len(rows) and end - start < 4:
        row = rows[end]
        if any(_is_numeric(cell) for cell in row) or _is_column_numbering(row):
            break
        own = row[indicator] if indicator < len(row) else ""
        above = rows[start][indicator]
        if own and own != above:
            break  # a section or data row names its own indicator
        end += 1
    return start, end


def _indicator_index(header: list[str]) -> int:
    for index, cell in enumerate(header):
        key = search_key(cell)
        if _INDICATOR_HEADER.search(key) and not _YEAR.search(key) and not _is_plan_header(key):
            return index
    first = search_key(header[0]) if header else ""
    return 1 if _NUMBER_HEADER.match(first) and len(header) > 1 else 0


def _clean_indicator(text: str) -> tuple[str, str]:
    """The indicator and the unit written in it.

    >>> _clean_indicator("1. Tổng thu NSNN (tỷ đồng)")
    ('Tổng thu NSNN', 'tỷ đồng')
    """
    text = _ENUMERATION.sub("", text)
    text = _BULLET.sub("", text)
    text = _IN_WHICH.sub("", text)
    unit = ""
    match = _UNIT_IN_INDICATOR.search(text)
    if match:
        unit = match.group(1).strip()
        text = text[: match.start()]
    return text.strip().rstrip(":").strip(), unit


# --- Figures -------------------------------------------------------------------


def figures_from_table(
    rows: list[list[str]],
    *,
    year: int | None = None,
    offset: int = 0,
    unit: str = "",
    kind: Kind | None = None,
    caption: str = "",
    header: list[str] | None = None,
    months: tuple[int, int] | None = None,
) -> list[Figure]:
    """The figures of a report table, in row order then column order.

    `rows` are the cells as they appear in Document.text (see
    tiendo.documents.model.render_rows) and `offset` is where the table starts
    there, so that each figure's span points at its cell. `year` fills in the
    year that headers such as "Ước TH 6 tháng" leave out, and `unit` the unit a caption
    gives the whole table ("... so với cùng kỳ (%)"), and `kind` what a caption says its
    columns hold when their headers do not ("Một số chỉ tiêu kế hoạch năm 2016:"), and
    `header` the column headers a caption writes in brackets ("Một số huyện (diện tích |
    sản lượng):"), the rows then all being data, and `months` those the caption dates the
    table by ("số cơ sở y tế năm 2016", "6 tháng đầu năm 2016"), which columns naming no
    period cover.
    """
    if not rows:
        return []
    width = max(len(row) for row in rows)
    grid = [[_clean(cell) for cell in row] + [""] * (width - len(row)) for row in rows]
    spans = cell_spans(rows, offset)
    if header is not None:
        # The caption names the value columns; the first column, unnamed, holds the rows' names.
        named = [_clean(cell) for cell in header][-width:]
        grid = [[""] * (width - len(named)) + named, *grid]
        rows, spans = [[], *rows], [[], *spans]
    found = (0, 1) if header is not None else _find_header(grid) or plain_header(grid, unit)
    if found is None:
        return []
    start, end = found
    columns = [
        _classify(parts, index)
        for index, parts in enumerate(_combine_headers(grid[start:end], width))
    ]
    indicator_column = _indicator_index(grid[start])
    for column in columns:
        if column.index == indicator_column and column.role in ("other", "indicator"):
            column.role = "indicator"
        elif column.role == "indicator":
            column.role = "other"
    name_measured_columns(columns, indicator_column)
    for column in columns:
        if kind is not None and column.role == "value" and not column.kind_named:
            column.kind = kind
    _assign_periods(columns, year, months=months)
    settle_cumulative_columns(columns)
    rates_only = settle_ratio_columns(columns, year, caption)
    measure_named = caption_measure(caption) if rates_only else ""
    _link_ratios(columns)
    unit_column = next((c.index for c in columns if c.role == "unit"), None)

    figures: list[Figure] = []
    for row_index in range(end, len(grid)):
        row = grid[row_index]
        if _is_column_numbering(row):
            continue
        indicator, unit_in_text = _clean_indicator(row[indicator_column])
        if not indicator:
            continue
        row_unit = row[unit_column].lower() if unit_column is not None else ""
        row_unit = row_unit or unit_in_text.lower() or unit
        row_spans = spans[row_index]
        row_spans += [(row_spans[-1][1], row_spans[-1][1])] * (width - len(row_spans))
        row_text = CELL_SEPARATOR.join(rows[row_index])
        clause = (row_spans[0][0], row_spans[-1][1])
        if rates_only:
            figures.extend(
                ratio_row_figures(
                    columns, row, row_spans, indicator, row_text, clause, kind, measure_named
                )
            )
            continue
        figures.extend(_row_figures(columns, row, row_spans, indicator, row_unit, row_text, clause))
    return figures


def _assign_periods(
    columns: list[Column], year: int | None, *, months: tuple[int, int] | None = None
) -> None:
    """Each value column's period; a year the header omits comes from `year` or the table,
    and its months from the caption when that dates the table by them (`months`)."""
    header_years = [
        int(found)
        for column in columns
        if column.role == "value" and column.kind in ("target", "estimate")
        for found in _YEAR.findall(column.header)
    ]
    table_year = year if year is not None else (max(header_years) if header_years else None)
    for column in columns:
        if column.role != "value":
            continue
        key = search_key(column.header)
        period, named = _header_period(key, table_year)
        if not named and column.kind == "target":
            period = Period(period.year, 1, 12)  # a plan is of the whole year
        elif not named and months is not None and period.year is not None:
            period = Period(period.year, *months)
        same_period = _SAME_PERIOD_KEY.search(key) and not _YEAR.search(key)
        if same_period and period.year is not None:
            period = Period(period.year - 1, period.from_month, period.to_month)
        column.period = period
    # "Cùng kỳ" with no months of its own covers the months of the main result.
    main = next(
        (
            c
            for c in columns
            if c.role == "value"
            and c.kind in ("estimate", "actual")
            and c.period.from_month is not None
            and not _SAME_PERIOD_KEY.search(search_key(c.header))
        ),
        None,
    )
    if main is None:
        return
    for column in columns:
        key = search_key(column.header)
        if column.role == "value" and "cung ky" in key and column.period.from_month is None:
            column.period = Period(column.period.year, main.period.from_month, main.period.to_month)


def _link_ratios(columns: list[Column]) -> None:
    """Attach each ratio column to the estimate or result it qualifies: the nearest on its left."""
    results = [c.index for c in columns if c.role == "value" and c.kind in ("estimate", "actual")]
    values = [c.index for c in columns if c.role == "value"]
    has_plan = any(c.role == "value" and c.kind == "target" for c in columns)
    for column in columns:
        if column.role != "ratio":
            continue
        left_results = [i for i in results if i < column.index]
        left_values = [i for i in values if i < column.index]
        if left_results:
            column.target = left_results[-1]
        elif left_values:
            column.target = left_values[-1]
        elif results:
            column.target = results[0]
        if column.basis is None:
            column.basis = "plan" if has_plan else "other"


def _row_figures(
    columns: list[Column],
    row: list[str],
    row_spans: list[tuple[int, int]],
    indicator: str,
    unit: str,
    row_text: str,
    clause: tuple[int, int],
) -> list[Figure]:
    comparisons: dict[int, list[tuple[Comparison, tuple[int, int]]]] = {}
    for column in columns:
        if column.role != "ratio" or column.target is None or column.basis is None:
            continue
        worded = ratio_cell(row[column.index])
        cell = parse_cell(row[column.index])
        if worded is None and cell is None:
            continue
        percent, measure = worded or (cell.value if cell else 0.0, column.measure)
        comparison = Comparison(column.basis, measure, percent, column.header)
        comparisons.setdefault(column.target, []).append((comparison, row_spans[column.index]))

    figures: list[Figure] = []
    for column in columns:
        if column.role != "value" or column.kind is None:
            continue
        text, cell_kind, bracketed = value_cell(row[column.index])
        cell = parse_cell(text)
        attached = comparisons.get(column.index, [])
        if bracketed is not None and cell is not None and column.bracket_basis is not None:
            ratio = Comparison(column.bracket_basis, "ratio", bracketed, column.header)
            attached = [*attached, (ratio, row_spans[column.index])]
        if cell is None and not attached:
            continue
        span = row_spans[column.index] if cell is not None else attached[0][1]
        figure_unit = _unit(unit or column.unit, cell)
        signs = table_features(
            unit_known=bool(figure_unit),
            year_known=column.period.year is not None,
            value_null=cell is None,
            comparisons=len(attached),
        )
        figures.append(
            Figure(
                text=row_text,
                indicator=f"{column.measure_name} {indicator}"
                if column.measure_name
                else indicator,
                value=cell.value if cell else None,
                value_max=cell.value_max if cell else None,
                unit=figure_unit,
                bound=cell.bound if cell else None,
                kind=cell_kind if cell_kind and not column.kind_named else column.kind,
                period=column.period,
                comparisons=[comparison for comparison, _span in attached],
                start=span[0],
                end=span[1],
                clause_start=clause[0],
                clause_end=clause[1],
                confidence=weigh(signs),
                signs=signs,
            )
        )
    return figures


def _unit(unit: str, cell: CellValue | None) -> str:
    if cell is None:
        return "%"  # a comparison without a level (spec: unit "%")
    return unit or cell.unit.lower() or ("%" if cell.percent else "")


__all__ = ["CellValue", "figures_from_table", "parse_cell", "parse_number"]
