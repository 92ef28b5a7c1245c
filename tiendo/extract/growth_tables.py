"""Tables of growth rates only: every column compares, none states a level.

    Chỉ số sản xuất công nghiệp năm 2016 (ước tính, % tăng):
    Ngành      | Tháng 10 so với tháng trước | 10 tháng so với cùng kỳ
    Khai khoáng | +6,73                      | +9,22

Each cell is then a figure without a level, with one comparison: its column's basis,
a change when the caption or the header says "tăng" or the cell is signed, and the
period the header names before "so với".

>>> signed_value("+12,97"), signed_value("-3,5"), signed_value("x")
(12.97, -3.5, None)
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.confidence import table_features, weigh
from tiendo.extract.figure import Comparison, Figure, Kind
from tiendo.extract.table_cells import parse_cell
from tiendo.extract.table_headers import Column, _header_period
from tiendo.periods import Period
from tiendo.vietnamese import search_key

_SIGNED: Final = re.compile(r"^\s*([+\-−–])\s*(?=\d)")
_RISE: Final = re.compile(r"\btang\b")


def signed_value(cell: str) -> float | None:
    """The number of a cell, with its sign: '+12,97' is 12.97 and '-3,5' is -3.5."""
    sign = _SIGNED.match(cell)
    parsed = parse_cell(cell[sign.end() :] if sign else cell)
    if parsed is None or parsed.value_max is not None:
        return None
    negative = sign is not None and sign.group(1) != "+"
    return -parsed.value if negative else parsed.value


_CAPTION_CUT: Final = re.compile(
    r"\s+(?:tỉnh|huyện|thành phố|thị xã|của|năm|tháng|quý|trên địa bàn)\s|[(:\d]", re.IGNORECASE
)


def caption_measure(caption: str) -> str:
    """The measure a caption names before its place and time.

    >>> caption_measure("Chỉ số sản xuất công nghiệp tỉnh Bình Dương năm 2016 (ước tính):")
    'Chỉ số sản xuất công nghiệp'
    """
    text = " ".join(caption.split())
    cut = _CAPTION_CUT.search(text)
    head = text[: cut.start()] if cut else text
    return head.strip(" ,.;") if 1 < len(head.split()) <= 8 else ""


def settle_ratio_columns(columns: list[Column], year: int | None, caption: str) -> bool:
    """When no column states a level, give each comparing column its period and measure;
    True when the table is such a table of rates."""
    if any(c.role == "value" for c in columns):
        return False
    ratios = [c for c in columns if c.role == "ratio" and c.basis is not None]
    if not ratios:
        return False
    rising = bool(_RISE.search(search_key(caption)))
    for column in ratios:
        key = search_key(column.header)
        own = key.split("so voi")[0].split("so sanh")[0]
        column.period = _header_period(own, year)[0]
        if rising or _RISE.search(key):
            column.measure = "change"
    return True


def ratio_row_figures(
    columns: list[Column],
    row: list[str],
    row_spans: list[tuple[int, int]],
    indicator: str,
    row_text: str,
    clause: tuple[int, int],
    kind: Kind | None,
    measure_named: str = "",
) -> list[Figure]:
    """The figures of one row of a table of rates: one per filled comparing cell; rows
    that name only a branch ("Khai khoáng") are of the measure the caption names."""
    if measure_named and not indicator.lower().startswith(measure_named.lower()):
        indicator = f"{measure_named} {indicator[:1].lower()}{indicator[1:]}"
    figures: list[Figure] = []
    for column in columns:
        if column.role != "ratio" or column.basis is None:
            continue
        value = signed_value(row[column.index])
        if value is None:
            continue
        signed = bool(_SIGNED.match(row[column.index]))
        measure = "change" if signed else column.measure
        signs = table_features(
            unit_known=True,
            year_known=column.period.year is not None,
            value_null=True,
            comparisons=1,
        )
        span = row_spans[column.index]
        figures.append(
            Figure(
                text=row_text,
                indicator=indicator,
                value=None,
                value_max=None,
                unit="%",
                bound=None,
                kind=kind or "actual",
                period=column.period,
                comparisons=[Comparison(column.basis, measure, value, column.header)],
                start=span[0],
                end=span[1],
                clause_start=clause[0],
                clause_end=clause[1],
                confidence=weigh(signs),
                signs=signs,
            )
        )
    return figures


_CUMULATIVE: Final = re.compile(r"\b(?:luy ke|cong don|tu dau nam)\b")
_OWN_MONTH: Final = re.compile(r"\b(?:thang|quy)\s*\d|\b\d+\s*thang\b")


def settle_cumulative_columns(columns: list[Column]) -> None:
    """'Lũy kế từ đầu năm' beside 'Ước TH tháng 7/2019': the months from January to the
    latest month the table reports, and that month's kind (an estimate, here)."""
    monthly = [
        c
        for c in columns
        if c.role == "value" and c.period.to_month is not None and c.period.months < 12
    ]
    if not monthly:
        return
    latest = max(monthly, key=lambda c: (c.period.year or 0, c.period.to_month or 0))
    for column in columns:
        key = search_key(column.header)
        if column.role != "value" or not _CUMULATIVE.search(key) or _OWN_MONTH.search(key):
            continue
        column.period = Period(latest.period.year, 1, latest.period.to_month)
        if latest.kind == "estimate" or (not column.kind_named and latest.kind is not None):
            column.kind = latest.kind  # a sum that holds an estimated month is an estimate
