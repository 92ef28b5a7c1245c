"""Checks on reported figures: percentages that do not follow from the numbers,
baselines inferred from a value and its percentage, and sources that disagree.

Rounding is allowed for on every side: "18%" may be 17,5% to 18,5%, and a value
printed as 123,4 may be 123,35 to 123,45.

>>> value = Quantity.written(220.0)
>>> base = infer_base(value, 23.08, 2, "ratio")
>>> round(base.value, 1), round(base.low, 1), round(base.high, 1)
(953.2, 950.8, 955.6)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from tiendo.extract.figure import Measure
from tiendo.progress.model import Observation
from tiendo.progress.quantity import Quantity, ratio_interval
from tiendo.progress.rounding import interval
from tiendo.vietnamese import format_number


@dataclass(frozen=True)
class ProgressWarning:
    """Something a person should look at. `code` is stable; `message` is for people."""

    code: str
    message: str
    target_key: str = ""
    sources: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "message": self.message,
            "target_key": self.target_key,
            "sources": list(self.sources),
        }


def computed_percent(
    value: Quantity, base: Quantity, measure: Measure
) -> tuple[float, float] | None:
    """Bounds of the percentage that value and base allow (ratio, or change over base)."""
    bounds = ratio_interval(value, base)
    if bounds is None or measure == "ratio":
        return bounds
    return bounds[0] - 100.0, bounds[1] - 100.0


def percent_agrees(
    value: Quantity, base: Quantity, percent: float, decimals: int | None, measure: Measure
) -> bool:
    """True when some value and base within their rounding give the reported percent."""
    bounds = computed_percent(value, base, measure)
    if bounds is None:
        return True
    low, high = interval(percent, decimals)
    slack = 1e-9 * max(1.0, abs(percent))
    return bounds[0] <= high + slack and low <= bounds[1] + slack


def infer_base(
    value: Quantity, percent: float, decimals: int | None, measure: Measure
) -> Quantity | None:
    """The base that makes `value` equal `percent` of it (ratio) or changed by it (change).

    220 tỷ đồng at 23,08% KH gives a plan of about 953,2 (950,8 to 955,6).
    """
    factor = percent / 100.0 if measure == "ratio" else 1.0 + percent / 100.0
    if factor == 0:
        return None
    low, high = interval(percent, decimals)
    factors = (low / 100.0, high / 100.0) if measure == "ratio" else (1 + low / 100, 1 + high / 100)
    if factors[0] <= 0 <= factors[1]:
        return None
    corners = [v / f for v in (value.low, value.high) for f in factors]
    return Quantity(value.value / factor, min(corners), max(corners))


def mismatch_message(
    label: str, percent: float, measure: Measure, value: Quantity, base: Quantity, source: str
) -> str:
    bounds = computed_percent(value, base, measure)
    computed = "" if bounds is None else format_number(round((bounds[0] + bounds[1]) / 2, 2))
    verb = "bằng" if measure == "ratio" else ("tăng" if percent >= 0 else "giảm")
    reported = format_number(abs(percent) if measure == "change" else percent)
    return (
        f"Tỷ lệ báo cáo ({verb} {reported}% {label}) không khớp với số liệu: "
        f"{format_number(value.value)} so với {format_number(round(base.value, 2))} "
        f"cho {computed}%{'' if measure == 'ratio' else ' thay đổi'} (nguồn: {source})."
    )


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def conflicts_in(observations: Sequence[Observation], unit: str = "") -> ProgressWarning | None:
    """One warning when observations of one target, unit, period and kind disagree."""
    valued = [obs for obs in observations if obs.value is not None]
    distinct: list[Observation] = []
    for obs in valued:
        if not any(_same(obs.value or 0.0, seen.value or 0.0) for seen in distinct):
            distinct.append(obs)
    if len(distinct) < 2:
        return None
    first = distinct[0]
    suffix = f" {unit}" if unit else ""
    stated = "; ".join(
        f"{format_number(obs.value)}{suffix} theo «{obs.source_name}»" for obs in valued
    )
    kind = "ước" if first.kind == "estimate" else "thực hiện"
    message = (
        f"Số liệu {kind} {first.period.label_vi()} của đơn vị {first.unit_code or 'báo cáo'} "
        f"không thống nhất giữa các nguồn: {stated}."
    )
    return ProgressWarning(
        "conflicting_values",
        message,
        target_key=first.target_key,
        sources=tuple(obs.source_id or obs.source_name for obs in valued),
    )


def find_conflicts(observations: Iterable[Observation]) -> list[ProgressWarning]:
    """Every group of same target, unit, period and kind whose values disagree."""
    groups: dict[tuple[str, str, Any, str], list[Observation]] = {}
    for obs in observations:
        groups.setdefault((obs.target_key, obs.unit_code, obs.period, obs.kind), []).append(obs)
    found = (conflicts_in(group) for group in groups.values() if len(group) > 1)
    return [warning for warning in found if warning is not None]
