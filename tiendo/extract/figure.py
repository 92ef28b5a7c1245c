"""The figure: one quantity a Vietnamese document states about an indicator.

The fields follow shared/spec/figures.md (format v1); the offsets are ours, so that
every number keeps a link to the characters it was read from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from tiendo.extract.issuers import issuer_of
from tiendo.periods import Period

Kind = Literal["target", "estimate", "actual"]
Bound = Literal["at_least", "at_most", "about"]
Basis = Literal["plan", "budget", "same_period", "previous", "other"]
Measure = Literal["ratio", "change"]
# A percentage read as a comparison: (first word, measure, basis, end, aspect, fall).
ComparisonFound = tuple[int, Measure, str | None, int, str, bool]


@dataclass(frozen=True)
class Comparison:
    basis: Basis
    measure: Measure
    percent: float
    # The words that named the basis ("dự toán tỉnh giao"), kept for provenance.
    basis_text: str = ""

    # The __init__ @dataclass generates, as Figure's: compiled, a class that spells out
    # an __init__ with required arguments is built by calling it, so a pickle (which
    # builds with no arguments, then fills in) would no longer load.

    @property
    def issuer(self) -> str:
        """Who set a plan or budget ("tỉnh" for "dự toán tỉnh giao"), "" when unnamed."""
        if self.basis not in ("plan", "budget"):
            return ""
        return issuer_of(self.basis_text)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "basis": self.basis,
            "measure": self.measure,
            "percent": self.percent,
        }
        # Two budgets of one figure ("dự toán tỉnh giao", "dự toán huyện phấn đấu") are
        # told apart downstream by who set them; the key is left out when nobody is named.
        if self.issuer:
            out["issuer"] = self.issuer
        return out

    # How pickle and copy take a Comparison apart and fill one in, past the frozen
    # __setattr__. Compiled by mypyc, the class keeps its fields without a __dict__, and
    # pickle would set them one by one through the __setattr__ that refuses
    # (FrozenInstanceError); a class of mypyc's that defines __setstate__ must give its
    # __getstate__ too. The progress snapshots (tiendo/core/progress/store.py) pickle
    # Comparisons: either form reads back a pickle of either, those stored before
    # compiling too.
    def __getstate__(self) -> dict[str, Any]:
        return {
            "basis": self.basis,
            "measure": self.measure,
            "percent": self.percent,
            "basis_text": self.basis_text,
        }

    def __setstate__(self, state: Any) -> None:
        if isinstance(state, tuple):  # (the __dict__'s state, the slots' state)
            state = {**(state[0] or {}), **(state[1] or {})}
        for name, value in state.items():
            object.__setattr__(self, name, value)


@dataclass
class Figure:
    text: str
    indicator: str
    value: float | None
    unit: str
    kind: Kind
    period: Period = field(default_factory=lambda: Period(None))
    value_max: float | None = None
    bound: Bound | None = None
    comparisons: list[Comparison] = field(default_factory=list)
    # Character offsets into the text given to extract_figures (end exclusive).
    start: int = 0  # of the number
    end: int = 0
    clause_start: int = 0
    clause_end: int = 0
    # How far the reading can be trusted, 0 to 1 (tiendo.extract.confidence), and the
    # signs it was weighed from (kept for training; not part of the JSON).
    confidence: float = 1.0
    signs: dict[str, float] = field(default_factory=dict, repr=False, compare=False)

    def as_dict(self, offsets: bool = True) -> dict[str, Any]:
        """The spec's JSON object; offsets are extra keys the scorer ignores."""
        out: dict[str, Any] = {
            "text": self.text,
            "indicator": self.indicator,
            "value": self.value,
            "value_max": self.value_max,
            "unit": self.unit,
            "bound": self.bound,
            "kind": self.kind,
            "period": self.period.as_dict(),
            "comparisons": [c.as_dict() for c in self.comparisons],
            "confidence": self.confidence,
        }
        if offsets:
            out["span"] = [self.start, self.end]
            out["clause_span"] = [self.clause_start, self.clause_end]
        return out


def figure_from_dict(data: dict[str, Any]) -> Figure:
    """Inverse of Figure.as_dict, for stored figures and the gold files."""
    period = data.get("period") or {}
    span = data.get("span") or [0, 0]
    clause = data.get("clause_span") or [0, 0]
    return Figure(
        text=data.get("text", ""),
        indicator=data.get("indicator", ""),
        value=data.get("value"),
        value_max=data.get("value_max"),
        unit=data.get("unit", ""),
        bound=data.get("bound"),
        kind=data.get("kind", "actual"),
        period=Period(period.get("year"), period.get("from_month"), period.get("to_month")),
        comparisons=[
            Comparison(c["basis"], c["measure"], float(c["percent"]), c.get("basis_text", ""))
            for c in data.get("comparisons") or []
        ],
        start=span[0],
        end=span[1],
        clause_start=clause[0],
        clause_end=clause[1],
        confidence=float(data.get("confidence", 1.0)),
    )


__all__ = ["Basis", "Bound", "Comparison", "Figure", "Kind", "Measure", "figure_from_dict"]
