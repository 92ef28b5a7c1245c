"""What the header of a report table says about each column: the indicator, the unit, a
planned level, an estimate or a result for a period, or a ratio to a basis.

Patterns run on search keys: lower case, no diacritics ("Ước TH" -> "uoc th").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final, Literal

from tiendo.extract.figure import Basis, Kind, Measure
from tiendo.periods import Period
from tiendo.vietnamese import search_key

Role = Literal["number", "indicator", "unit", "value", "ratio", "other"]

_COLUMN_UNIT: Final = re.compile(r"\(\s*([^()\d]{1,14}|m2|m3|km2)\s*\)\s*$")
_NUMBER_HEADER: Final = re.compile(r"^(?:stt|tt|so tt|so thu tu)$")
_UNIT_HEADER: Final = re.compile(r"^(?:dvt|d\.v\.t|don vi tinh|don vi|dv tinh|dv)\b")
_INDICATOR_HEADER: Final = re.compile(
    r"chi tieu|noi dung|danh muc|\bten\b|linh vuc|hang muc|\bnganh\b|san pham"
)
_PLAN_WORDS: Final = re.compile(
    r"ke hoach|\bkh\b|nghi quyet|\bnq\b|muc tieu|du toan|\bdt\b|\bgiao\b|phan dau|chi tieu"
)
_ESTIMATE_WORDS: Final = re.compile(r"\buoc\b|du kien|du bao|\but\b")
_ACTUAL_WORDS: Final = re.compile(
    r"thuc hien|\bth\b|luy ke|ket qua|\bdat\b|so lieu|thuc te|cung ky|nam truoc"
)
_RATIO_WORDS: Final = re.compile(
    r"so sanh|so voi|\bso (?:kh|ck|cung ky|du toan|ke hoach|nam|ky)|ty le|ti le|%|phan tram|"
    r"\btang\b|\bgiam\b|toc do|"
    r"\b(?:uoc th|th|uoc|ut|kq)\s*/\s*\w"
)
_CHANGE_WORDS: Final = re.compile(r"\btang\b|\bgiam\b|toc do|tang truong")
_HEADER_WORDS: Final = re.compile(
    r"\bkh\b|\bck\b|cung ky|\buoc\b|\bth\b|thuc hien|so sanh|%|\btang\b|\bgiam\b|\bnam\b|"
    r"\bthang\b|\bquy\b|du toan|tong so|trong do|ke hoach|luy ke|dvt|don vi"
)
_YEAR: Final = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_ROMAN_QUARTERS: Final = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_QUARTER: Final = re.compile(r"\bquy\s*(iv|iii|ii|i|[1-4])\b|\bq([1-4])\b")
_MONTHS_SPAN: Final = re.compile(r"(?<!\d)(\d{1,2})\s*thang\b(?P<end>\s*cuoi nam)?")
_MONTH: Final = re.compile(r"\bthang\s*(\d{1,2})\b")
_WHOLE_YEAR: Final = re.compile(r"\bnam\b|ca nam")


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
    # A unit the header writes for its whole column ("Diện tích (ha)").
    unit: str = ""
    kind_named: bool = False  # the header says plan, estimate or result
    # What the column measures when its header names a quantity, not a period ("Diện tích
    # (ha)", "Hộ nghèo"): the readers put it before the row's name ("diện tích lúa").
    measure_name: str = ""
    # The basis of the ratios its cells give in brackets ("năng suất (so vụ xuân 2019)").
    bracket_basis: Basis | None = None


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
    if _WHOLE_YEAR.search(key) or (years and not key.strip(" .:()")):
        return Period(year, 1, 12), True  # "Năm 2016", or a bare "2016" over the column
    return Period(year), False


# "Tăng so với ĐX năm trước": the same crop season a year back is the same period
# (comparisons._SAME_PERIOD, h8qp2).
_SEASON_BEFORE: Final = re.compile(
    r"\b(?:dong xuan|he thu|thu dong|xuan|mua|chiem|dx|ht) nam (?:truoc|ngoai)"
)


def _basis(key: str, *, denominator: bool = False) -> Basis | None:
    """The basis a ratio header names; `denominator` for the part after "/" in "Ước TH/TH 2021"."""
    if "du toan" in key or re.search(r"\bdt\b", key):
        return "budget"
    if re.search(r"cung ky|\bck\b|cung thoi ky", key) or _SEASON_BEFORE.search(key):
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


_BRACKET_BASIS: Final = re.compile(r"^(.*\S)\s*\(\s*(so\b[^()]*)\)\s*$")


def _classify(parts: list[str], index: int) -> Column:
    bracket_basis: Basis | None = None
    if parts and parts[-1].endswith(")") and "(so " in search_key(parts[-1]):
        found = _BRACKET_BASIS.match(parts[-1])
        if found:
            note = search_key(found.group(2))
            bracket_basis = _basis(note) or ("previous" if _YEAR.search(note) else "same_period")
            parts = [*parts[:-1], found.group(1)]
    column = _classify_parts(parts, index)
    column.bracket_basis = bracket_basis
    return column


def _classify_parts(parts: list[str], index: int) -> Column:
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
    elif _is_rate_name(leaf) and _basis(combined) is None:
        # "Tỷ lệ hộ nghèo": a rate reported as a level of its own, not a ratio to a basis.
        column.role, column.kind, column.unit = "value", "actual", "%"
        column.measure_name = _COLUMN_UNIT.sub("", parts[-1]).strip().lower()
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
        unit = _COLUMN_UNIT.search(parts[-1])
        if kind is None and not named and not _YEAR.search(combined) and not unit:
            return column  # "Ghi chú" and the like
        column.role = "value"
        column.kind = kind or "actual"
        column.kind_named = kind is not None
        column.unit = unit.group(1).strip().lower() if unit else ""
        if kind is None and not named and unit and not _YEAR.search(combined):
            column.measure_name = parts[-1][: unit.start()].strip().lower()
    return column


_RATE_NAME: Final = re.compile(
    r"^t[iy] le (?!so\b|dat\b|hoan thanh|thuc hien|tang\b|giam\b)\w+ \w+"
)


def _is_rate_name(leaf: str) -> bool:
    return leaf.startswith(("ty le ", "ti le ")) and bool(_RATE_NAME.match(leaf))


def _is_plan_header(key: str) -> bool:
    return bool(re.search(r"\bnq\b|nghi quyet|\bkh\b|ke hoach|\bgiao\b|dai hoi|\bnam\b", key))
