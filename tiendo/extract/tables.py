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
from dataclasses import dataclass, field
from typing import Literal

from tiendo.documents.model import CELL_SEPARATOR, cell_spans
from tiendo.extract.figure import Basis, Bound, Comparison, Figure, Kind, Measure
from tiendo.periods import Period
from tiendo.vietnamese import search_key

Role = Literal["number", "indicator", "unit", "value", "ratio", "other"]

# --- Cell values ---------------------------------------------------------------

_BLANK_CELLS = frozenset({"", "-", "--", "x", "–", "—", "…", "...", "*", "/", "k", "kxđ", "n/a"})
_NUMBER = r"[-−]?(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?|\d+\.\d{1,2}(?!\d))"
_CELL_VALUE = re.compile(
    rf"^(?P<before>[^\d\-−]*?)\s*(?P<value>{_NUMBER})"
    rf"(?:\s*(?:-|–|đến|÷)\s*(?P<value_max>{_NUMBER}))?"
    r"\s*(?P<percent>%)?\s*(?P<after>[^\d]*)$"
)
_AT_LEAST = re.compile(r"^(?:≥|>=|>|trên|hơn|ít nhất|tối thiểu|không dưới)$")
_AT_MOST = re.compile(r"^(?:≤|<=|<|dưới|tối đa|không quá|không vượt)$|^trở xuống$")
_ABOUT = re.compile(r"^(?:~|≈|khoảng|gần|xấp xỉ)$")
_UNIT_WORDS = re.compile(r"^[^\W\d_]+(?:[ /][^\W\d_]+){0,2}$")


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
    if re.fullmatch(r"-?\d+\.\d{1,2}", text):
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


# --- Headers -----------------------------------------------------------------

# Patterns run on search keys: lower case, no diacritics ("Ước TH" -> "uoc th").
_NUMBER_HEADER = re.compile(r"^(?:stt|tt|so tt|so thu tu)$")
_UNIT_HEADER = re.compile(r"^(?:dvt|d\.v\.t|don vi tinh|don vi|dv tinh|dv)\b")
_INDICATOR_HEADER = re.compile(
    r"chi tieu|noi dung|danh muc|\bten\b|linh vuc|hang muc|\bnganh\b|san pham"
)
_PLAN_WORDS = re.compile(
    r"ke hoach|\bkh\b|nghi quyet|\bnq\b|muc tieu|du toan|\bdt\b|\bgiao\b|phan dau|chi tieu"
)
_ESTIMATE_WORDS = re.compile(r"\buoc\b|du kien|du bao|\but\b")
_ACTUAL_WORDS = re.compile(
    r"thuc hien|\bth\b|luy ke|ket qua|\bdat\b|so lieu|thuc te|cung ky|nam truoc"
)
_RATIO_WORDS = re.compile(
    r"so sanh|so voi|\bso (?:kh|ck|cung ky|du toan|ke hoach|nam|ky)|ty le|ti le|%|phan tram|"
    r"\btang\b|\bgiam\b|toc do|"
    r"\b(?:uoc th|th|uoc|ut|kq)\s*/\s*\w"
)
_CHANGE_WORDS = re.compile(r"\btang\b|\bgiam\b|toc do|tang truong")
_HEADER_WORDS = re.compile(
    r"\bkh\b|\bck\b|cung ky|\buoc\b|\bth\b|thuc hien|so sanh|%|\btang\b|\bgiam\b|\bnam\b|"
    r"\bthang\b|\bquy\b|du toan|tong so|trong do|ke hoach|luy ke|dvt|don vi"
)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_ROMAN_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_QUARTER = re.compile(r"\bquy\s*(iv|iii|ii|i|[1-4])\b|\bq([1-4])\b")
_MONTHS_SPAN = re.compile(r"(?<!\d)(\d{1,2})\s*thang\b(?P<end>\s*cuoi nam)?")
_MONTH = re.compile(r"\bthang\s*(\d{1,2})\b")
_WHOLE_YEAR = re.compile(r"\bnam\b|ca nam")


@dataclass
class Column:
    index: int
    header: str
    role: Role = "other"
    kind: Kind | None = None
    period: Period = field(default_factory=lambda: Period(None))
    basis: Basis | None = None
    measure: Measure = "ratio"
    # For a ratio column: the value column whose figure it qualifies.
    target: int | None = None


def _header_period(key: str, year: int | None) -> tuple[Period, bool]:
    """The period a header names, and whether it named months at all."""
    # "cùng kỳ năm trước" names a basis, not a whole year.
    key = re.sub(r"nam truoc|cung ky", " ", key)
    years = sorted({int(y) for y in _YEAR.findall(key)})
    if len(years) > 1:
        return Period(None), True  # a term such as 2021-2025: no single period
    if years:
        year = years[0]
    key = _YEAR.sub(" ", key)
    quarter = _QUARTER.search(key)
    if quarter:
        number = _ROMAN_QUARTERS[quarter.group(1) or quarter.group(2)]
        return Period(year, 3 * number - 2, 3 * number), True
    span = _MONTHS_SPAN.search(key)
    if span and 1 <= int(span.group(1)) <= 12:
        months = int(span.group(1))
        if span.group("end"):
            return Period(year, 13 - months, 12), True
        return Period(year, 1, months), True
    month = _MONTH.search(key)
    if month and 1 <= int(month.group(1)) <= 12:
        number = int(month.group(1))
        if re.search(r"luy ke|den thang|tu dau nam", key):
            return Period(year, 1, number), True
        return Period(year, number, number), True
    if _WHOLE_YEAR.search(key):
        return Period(year, 1, 12), True
    return Period(year), False


def _basis(key: str, *, denominator: bool = False) -> Basis | None:
    """The basis a ratio header names; `denominator` for the part after "/" in "Ước TH/TH 2021"."""
    if "du toan" in key or re.search(r"\bdt\b", key):
        return "budget"
    if re.search(r"cung ky|\bck\b|cung thoi ky", key):
        return "same_period"
    if re.search(r"ke hoach|\bkh\b|chi tieu|nghi quyet|\bnq\b|muc tieu", key):
        return "plan"
    if re.search(r"(nam|ky|thang|quy) truoc|so (?:voi|sanh)(?: voi)? (?:nam|th) \d{4}", key):
        return "previous"
    if denominator and re.search(r"\bth\b|thuc hien|(?<!\d)(?:19|20)\d{2}(?!\d)", key):
        return "previous"  # a ratio to a result already reached: last year's
    return None


def _kind(key: str) -> Kind | None:
    if _ESTIMATE_WORDS.search(key):
        return "estimate"
    if _PLAN_WORDS.search(key) and not _ACTUAL_WORDS.search(key):
        return "target"
    if _ACTUAL_WORDS.search(key):
        return "actual"
    if _PLAN_WORDS.search(key):
        return "target"
    return None


def _combine_headers(header_rows: list[list[str]], width: int) -> list[list[str]]:
    """Per column, the distinct header texts from top to bottom.

    A spanning header written once and left blank over its other sub-columns
    ("So sánh (%)" over "KH" and "CK") is carried to the right.
    """
    grid = [row + [""] * (width - len(row)) for row in header_rows]
    last = grid[-1]
    for row in grid[:-1]:
        for j in range(1, width):
            if not row[j] and last[j] and row[j - 1] and last[j - 1] and row[j - 1] != last[j - 1]:
                row[j] = row[j - 1]
    columns: list[list[str]] = []
    for j in range(width):
        parts: list[str] = []
        for row in grid:
            if row[j] and row[j] not in parts:
                parts.append(row[j])
        columns.append(parts)
    return columns


def _classify(parts: list[str], index: int) -> Column:
    header = " ".join(parts)
    column = Column(index, header)
    if not parts:
        return column
    combined = search_key(header)
    leaf = search_key(parts[-1])
    if _NUMBER_HEADER.match(leaf):
        column.role = "number"
    elif _UNIT_HEADER.match(leaf):
        column.role = "unit"
    elif _RATIO_WORDS.search(combined) and not _UNIT_HEADER.match(combined):
        column.role = "ratio"
        denominator = leaf.rsplit("/", 1)[-1]
        column.basis = _basis(denominator, denominator="/" in leaf) or _basis(combined)
        column.measure = "change" if _CHANGE_WORDS.search(combined) else "ratio"
        if column.basis is None and column.measure == "change":
            column.basis = "same_period"  # growth rates are reckoned on the same period
    elif _INDICATOR_HEADER.search(leaf) and not _YEAR.search(leaf) and not _is_plan_header(leaf):
        column.role = "indicator"
    else:
        kind = _kind(leaf) or _kind(combined)
        _period, named = _header_period(combined, None)
        if kind is None and not named and not _YEAR.search(combined):
            return column  # "Ghi chú" and the like
        column.role = "value"
        column.kind = kind or "actual"
    return column


def _is_plan_header(key: str) -> bool:
    return bool(re.search(r"\bnq\b|nghi quyet|\bkh\b|ke hoach|\bgiao\b|dai hoi|\bnam\b", key))


# --- Header and row detection --------------------------------------------------

_COLUMN_NUMBERING = re.compile(r"^\(?(?:[A-Za-z]|\d{1,2})(?:\s*=\s*[\d\s/*+x().,-]+)?\)?$")
_ENUMERATION = re.compile(r"^(?:[IVXLC]+|[A-Za-zĐđ]|\d+(?:\.\d+)*)[.)/]\s+")
_BULLET = re.compile(r"^[-+*•–·]+\s*")
_IN_WHICH = re.compile(r"^(?:trong đó|chia ra|bao gồm|gồm)\s*[:,]?\s*", re.IGNORECASE)
_UNIT_IN_INDICATOR = re.compile(r"\s*[(\[]\s*([^()\[\]\d]{1,24}|m2|m3|km2)\s*[)\]]\s*:?$")


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
    rows: list[list[str]], *, year: int | None = None, offset: int = 0
) -> list[Figure]:
    """The figures of a report table, in row order then column order.

    `rows` are the cells as they appear in Document.text (see
    tiendo.documents.model.render_rows) and `offset` is where the table starts
    there, so that each figure's span points at its cell. `year` fills in the
    year that headers such as "Ước TH 6 tháng" leave out.
    """
    if not rows:
        return []
    width = max(len(row) for row in rows)
    grid = [[_clean(cell) for cell in row] + [""] * (width - len(row)) for row in rows]
    found = _find_header(grid)
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
    _assign_periods(columns, year)
    _link_ratios(columns)
    unit_column = next((c.index for c in columns if c.role == "unit"), None)
    spans = cell_spans(rows, offset)

    figures: list[Figure] = []
    for row_index in range(end, len(grid)):
        row = grid[row_index]
        if _is_column_numbering(row):
            continue
        indicator, unit_in_text = _clean_indicator(row[indicator_column])
        if not indicator:
            continue
        unit = row[unit_column].lower() if unit_column is not None else ""
        unit = unit or unit_in_text.lower()
        row_spans = spans[row_index]
        row_spans += [(row_spans[-1][1], row_spans[-1][1])] * (width - len(row_spans))
        row_text = CELL_SEPARATOR.join(rows[row_index])
        clause = (row_spans[0][0], row_spans[-1][1])
        figures.extend(_row_figures(columns, row, row_spans, indicator, unit, row_text, clause))
    return figures


def _assign_periods(columns: list[Column], year: int | None) -> None:
    """Each value column's period; a year the header omits comes from `year` or the table."""
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
        if column.kind == "target" and not named:
            period = Period(period.year, 1, 12)
        same_period = re.search(r"cung ky|nam truoc", key) and not _YEAR.search(key)
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
            and not re.search(r"cung ky|nam truoc", search_key(c.header))
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
        cell = parse_cell(row[column.index])
        if cell is None:
            continue
        comparison = Comparison(column.basis, column.measure, cell.value, column.header)
        comparisons.setdefault(column.target, []).append((comparison, row_spans[column.index]))

    figures: list[Figure] = []
    for column in columns:
        if column.role != "value" or column.kind is None:
            continue
        cell = parse_cell(row[column.index])
        attached = comparisons.get(column.index, [])
        if cell is None and not attached:
            continue
        span = row_spans[column.index] if cell is not None else attached[0][1]
        figures.append(
            Figure(
                text=row_text,
                indicator=indicator,
                value=cell.value if cell else None,
                value_max=cell.value_max if cell else None,
                unit=_unit(unit, cell),
                bound=cell.bound if cell else None,
                kind=column.kind,
                period=column.period,
                comparisons=[comparison for comparison, _span in attached],
                start=span[0],
                end=span[1],
                clause_start=clause[0],
                clause_end=clause[1],
            )
        )
    return figures


def _unit(unit: str, cell: CellValue | None) -> str:
    if cell is None:
        return "%"  # a comparison without a level (spec: unit "%")
    return unit or cell.unit.lower() or ("%" if cell.percent else "")


__all__ = ["CellValue", "figures_from_table", "parse_cell", "parse_number"]
