"""The periods a unit reports for, and the ones its new figures are compared with.

Vietnamese reports are cumulative (lũy kế): the period before "6 tháng" is quý I,
before "9 tháng" is "6 tháng", before the year is "9 tháng". Months and quarters
follow each other.

>>> previous_period(Period(2022, 1, 6))
Period(year=2022, from_month=1, to_month=3)
>>> previous_period(Period(2022, 1, 3))
Period(year=2021, from_month=10, to_month=12)
>>> period_kind(Period(2022, 1, 9))
'nine_months'
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from tiendo.periods import Period
from tiendo.vietnamese import search_key

_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}

PeriodKind = Literal["month", "quarter", "half", "nine_months", "year", "other"]

KIND_LABELS: dict[str, str] = {
    "month": "Tháng",
    "quarter": "Quý",
    "half": "6 tháng",
    "nine_months": "9 tháng",
    "year": "Năm",
}


def period_kind(period: Period) -> PeriodKind:
    f, t = period.from_month or 1, period.to_month or 12
    if f == t:
        return "month"
    if (f, t) == (1, 12):
        return "year"
    if (f, t) == (1, 6):
        return "half"
    if (f, t) == (1, 9):
        return "nine_months"
    if t - f == 2 and f % 3 == 1:
        return "quarter"
    return "other"


def previous_period(period: Period) -> Period | None:
    if period.year is None:
        return None
    kind = period_kind(period)
    f = period.from_month or 1
    if kind == "month":
        return Period(period.year - 1, 12, 12) if f == 1 else Period(period.year, f - 1, f - 1)
    if kind == "quarter":
        return Period(period.year - 1, 10, 12) if f == 1 else Period(period.year, f - 3, f - 1)
    if kind == "half":
        return Period(period.year, 1, 3)
    if kind == "nine_months":
        return Period(period.year, 1, 6)
    if kind == "year":
        return Period(period.year, 1, 9)
    return None


def parse_code(code: str) -> Period:
    """Period.parse, plus the "2022-02-07" form Period.code() gives odd spans.

    >>> parse_code("2022-02-07")
    Period(year=2022, from_month=2, to_month=7)
    """
    text = code.strip()
    parts = text.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        year, first, last = (int(p) for p in parts)
        if 1 <= first <= last <= 12:
            return Period(year, first, last)
        raise ValueError(f"unknown period {code!r}")
    return Period.parse(text)


def periods_of_year(year: int) -> list[Period]:
    """Every period a unit may report on in a year, in the order of the calendar."""
    months = [Period(year, m, m) for m in range(1, 13)]
    quarters = [Period(year, 3 * q - 2, 3 * q) for q in range(1, 5)]
    cumulative = [Period(year, 1, 6), Period(year, 1, 9), Period(year, 1, 12)]
    everything = months + quarters + cumulative
    return sorted(everything, key=lambda p: (p.to_month or 12, -(p.months)))


def entry_period(selected: Period, cumulative: bool) -> Period:
    """The period a value typed for `selected` is stored under.

    For a target reported cumulatively (lũy kế), "quý II" means January to June:
    stored so, it is never added to quý I again.

    >>> entry_period(Period(2022, 4, 6), cumulative=True)
    Period(year=2022, from_month=1, to_month=6)
    >>> entry_period(Period(2022, 4, 6), cumulative=False)
    Period(year=2022, from_month=4, to_month=6)
    """
    if cumulative and selected.year is not None and (selected.from_month or 1) != 1:
        return Period(selected.year, 1, selected.to_month or 12)
    return selected


def basis_label(period: Period) -> str:
    """What a value stored for `period` means, as the entry sheet says it.

    >>> basis_label(Period(2022, 1, 6))
    'lũy kế từ đầu năm (6 tháng đầu năm 2022)'
    >>> basis_label(Period(2022, 4, 6))
    'trong kỳ (quý II năm 2022)'
    """
    if period.is_cumulative and period.months > 1:
        return f"lũy kế từ đầu năm ({period.label_vi()})"
    return f"trong kỳ ({period.label_vi()})"


def says_cumulative(note: str) -> bool:
    """A note such as "lũy kế 6 tháng" or "cộng dồn" declares a cumulative value."""
    key = search_key(note)
    return "luy ke" in key or "cong don" in key


def short_label(period: Period) -> str:
    """The label of the period selectors: "Quý I/2022", "6 tháng/2022", "Năm 2022".

    >>> short_label(Period(2022, 1, 3)), short_label(Period(2022, 1, 9))
    ('Quý I/2022', '9 tháng/2022')
    """
    kind = period_kind(period)
    f, t = period.from_month or 1, period.to_month or 12
    if kind == "year":
        return f"Năm {period.year}"
    if kind == "month":
        return f"Tháng {f}/{period.year}"
    if kind == "quarter":
        return f"Quý {_ROMAN[(f + 2) // 3]}/{period.year}"
    if kind in ("half", "nine_months"):
        return f"{t} tháng/{period.year}"
    return f"Tháng {f}-{t}/{period.year}"


def selectable_periods(year: int) -> list[Period]:
    """The periods of the selectors, in the order a clerk looks for them: quarters,
    then the cumulative ones, the year, and the months."""
    quarters = [Period(year, 3 * q - 2, 3 * q) for q in range(1, 5)]
    cumulative = [Period(year, 1, 6), Period(year, 1, 9), Period(year, 1, 12)]
    months = [Period(year, m, m) for m in range(1, 13)]
    return quarters + cumulative + months


def period_choices(years: Iterable[int]) -> list[tuple[str, list[tuple[str, str]]]]:
    """Grouped choices, newest year first: [("Năm 2022", [("2022-Q1", "Quý I/2022"), …])]."""
    return [
        (f"Năm {year}", [(p.code(), short_label(p)) for p in selectable_periods(year)])
        for year in sorted(set(years), reverse=True)
    ]
