"""Baselines a result is compared with: plan, budgets, same period last year.

Given ones come from the target (or, for the same period, from earlier results);
missing ones are inferred from the percentages that reports print beside a value,
within the interval that rounding allows. Each reported percentage whose baseline is
known is checked instead.

>>> from tiendo.extract.figure import Comparison
>>> baseline_kind(Comparison("budget", "ratio", 16.0, "dự toán huyện phấn đấu"))
'budget_self'
>>> baseline_kind(Comparison("budget", "ratio", 18.0, "dự toán tỉnh giao"))
'budget_assigned'
>>> baseline_kind(Comparison("budget", "ratio", 18.0, "dự toán của tỉnh"))
'budget_assigned'
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from tiendo.extract.figure import Comparison
from tiendo.periods import Period
from tiendo.progress.checks import ProgressWarning, infer_base, mismatch_message, percent_agrees
from tiendo.progress.model import Observation, TargetSpec
from tiendo.progress.quantity import Quantity, intersect
from tiendo.vietnamese import format_number, search_key

BUDGET_KINDS = ("budget_assigned", "budget_self")
# Baselines that belong to one period: only the current observation speaks of them.
PERIOD_KINDS = ("same_period", "previous")

# Words that say the unit set this budget for itself rather than received it.
_SELF_WORDS = ("phan dau", "xay dung", "tu giao", "de ra")
# Bodies that only ever hand a budget down to a district or a commune.
_HIGHER_ISSUERS = frozenset({"Trung ương", "Chính phủ", "Bộ", "tỉnh", "HĐND tỉnh", "UBND tỉnh"})


@dataclass(frozen=True)
class Baseline:
    kind: str
    label: str
    value: float
    low: float
    high: float
    inferred: bool = False
    # Where an inferred baseline was read from (the sources' names).
    source: str = ""

    @classmethod
    def of(cls, kind: str, label: str, quantity: Quantity, *, inferred: bool = False,
           source: str = "") -> Baseline:  # fmt: skip
        return cls(kind, label, quantity.value, quantity.low, quantity.high, inferred, source)

    @property
    def quantity(self) -> Quantity:
        return Quantity(self.value, self.low, self.high)

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "label": self.label,
            "value": float(self.value),
            "low": float(self.low),
            "high": float(self.high),
            "inferred": self.inferred,
            "source": self.source,
        }


@functools.lru_cache(maxsize=4096)
def baseline_kind(comparison: Comparison) -> str | None:
    """Which baseline a reported comparison refers to; "budget" when it cannot tell which."""
    if comparison.basis in ("plan", "same_period", "previous"):
        return comparison.basis
    if comparison.basis != "budget":
        return None
    words = search_key(comparison.basis_text)
    if any(word in words for word in _SELF_WORDS):
        return "budget_self"
    if "giao" in words or comparison.issuer in _HIGHER_ISSUERS:
        return "budget_assigned"
    return "budget"


def comparison_kinds(observation: Observation) -> list[str | None]:
    """Baseline kinds of each comparison; an unnamed budget takes the first one free."""
    kinds = [baseline_kind(c) for c in observation.comparisons]
    free = [kind for kind in BUDGET_KINDS if kind not in kinds]
    resolved: list[str | None] = []
    for kind in kinds:
        if kind == "budget":
            kind = free.pop(0) if free else None
        resolved.append(kind)
    return resolved


def label_for(target: TargetSpec, kind: str, comparison: Comparison | None = None) -> str:
    if kind in target.baseline_labels:
        return target.baseline_labels[kind]
    if kind in BUDGET_KINDS and comparison is not None and comparison.basis_text:
        return comparison.basis_text
    if kind == "same_period":
        return "cùng kỳ"
    if kind == "previous":
        return "năm trước"
    return target.baseline_label(kind)


def settle_baselines(
    target: TargetSpec,
    given: Mapping[str, Baseline],
    current: Observation | None,
    evidence: Sequence[Observation] = (),
) -> tuple[dict[str, Baseline], list[ProgressWarning]]:
    """Given baselines, plus those inferred from reported percentages; and warnings.

    `current` is the observation being evaluated: its percentages are checked against
    known baselines. `evidence` holds other observations of the target's period whose
    percentages also tell the plan or budgets: inferred intervals are intersected.
    """
    settled = dict(given)
    warnings: list[ProgressWarning] = []
    candidates: dict[str, list[tuple[Quantity, str, Comparison]]] = {}
    sources = [current, *[obs for obs in evidence if obs is not current]] if current else evidence
    for obs in sources:
        if obs is None or obs.value is None:
            continue
        value = Quantity.written(obs.value, obs.value_decimals)
        for index, (comparison, kind) in enumerate(
            zip(obs.comparisons, comparison_kinds(obs), strict=True)
        ):
            if kind is None or (kind in PERIOD_KINDS and obs is not current):
                continue
            decimals = obs.decimals_of_comparison(index)
            known = given.get(kind)
            if known is not None:
                if obs is current and not percent_agrees(
                    value, known.quantity, comparison.percent, decimals, comparison.measure
                ):
                    message = mismatch_message(
                        known.label, comparison.percent, comparison.measure, value,
                        known.quantity, obs.source_name,
                    )  # fmt: skip
                    warnings.append(
                        ProgressWarning("percent_mismatch", message, target.key, (obs.source_name,))
                    )
                continue
            base = infer_base(value, comparison.percent, decimals, comparison.measure)
            if base is not None:
                candidates.setdefault(kind, []).append((base, obs.source_name, comparison))
    for kind, found in candidates.items():
        agreed = intersect(q for q, _, _ in found)
        label = label_for(target, kind, found[0][2])
        names = sorted({source for _, source, _ in found})
        if agreed is None:
            agreed = found[0][0]
            stated = "; ".join(
                f"khoảng {format_number(round(q.value, 2))} theo «{source}»"
                for q, source, _ in found
            )
            warnings.append(
                ProgressWarning(
                    "baseline_inconsistent",
                    f"Các tỷ lệ báo cáo cho {label} không thống nhất: {stated}.",
                    target.key,
                    tuple(names),
                )
            )
        settled[kind] = Baseline.of(kind, label, agreed, inferred=True, source=", ".join(names))
    return settled, warnings


def previous_period(period: Period, basis_words: str) -> Period | None:
    """The period a "previous" comparison points at.

    "tháng trước" and "quý trước" are the month or quarter before; "năm trước" or
    "năm 2021" said of a part of the year mean the same months a year earlier, which
    for a whole year is simply the year before.
    """
    if period.year is None or period.from_month is None or period.to_month is None:
        return None
    words = search_key(basis_words)
    span = period.months
    if ("thang truoc" in words or "quy truoc" in words) and period.from_month > span:
        return Period(period.year, period.from_month - span, period.to_month - span)
    if "thang truoc" in words or "quy truoc" in words:
        # The months before January are last year's last ones.
        return Period(period.year - 1, period.from_month - span + 12, period.to_month - span + 12)
    return period.same_period_last_year()


def derive_value(obs: Observation, baselines: Mapping[str, Baseline]) -> float | None:
    """A value the source gave only as a percentage of a known baseline."""
    for comparison, kind in zip(obs.comparisons, comparison_kinds(obs), strict=True):
        baseline = baselines.get(kind or "")
        if baseline is None or baseline.inferred:
            continue
        factor = comparison.percent / 100.0
        return baseline.value * (factor if comparison.measure == "ratio" else 1.0 + factor)
    return None
