"""Observations indexed once by (target, org unit, period), with the lookups the
engine needs: the best observation of a period, and a value for any period, built
from parts, from merged predecessors or from months when it was not reported as such.

>>> from tiendo.periods import Period
>>> q1 = Period(2021, 1, 3)
>>> index = ObservationIndex(
...     [Observation("gtsx", "xa-a", q1, 10.0), Observation("gtsx", "xa-b", q1, 5.0)],
...     predecessors={"xa-moi": ["xa-a", "xa-b"]},
... )
>>> index.value("gtsx", "xa-moi", q1, "sum")
15.0
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from tiendo.periods import Period
from tiendo.progress.model import Aggregation, Observation
from tiendo.progress.rollup import combine, roll_up

# Parts of parts of parts...: deep enough for province > commune > village.
_MAX_DEPTH = 4
_Key = tuple[str, str, Period]


def _preference(entry: tuple[int, Observation]) -> tuple[bool, dt.date, int]:
    order, obs = entry
    # An actual result beats an estimate; then the latest report; then the later input.
    return (obs.kind == "actual", obs.reported_on or dt.date.min, order)


class ObservationIndex:
    """Read-only index of observations.

    `parts` maps a unit to the units it is split into (a district to its communes);
    `predecessors` maps a unit formed by merging to the units it replaced. With
    `ignore_units`, every observation counts for the one unit "" (the caller passed the
    results of a single unit).
    """

    def __init__(
        self,
        observations: Iterable[Observation],
        *,
        parts: Mapping[str, Sequence[str]] | None = None,
        predecessors: Mapping[str, Sequence[str]] | None = None,
        ignore_units: bool = False,
    ) -> None:
        self._groups: dict[_Key, list[tuple[int, Observation]]] = {}
        self._ignore_units = ignore_units
        for order, obs in enumerate(observations):
            key = (obs.target_key, self.unit_key(obs.unit_code), obs.period)
            self._groups.setdefault(key, []).append((order, obs))
        self._parts = {} if ignore_units else dict(parts or {})
        self._predecessors = {} if ignore_units else dict(predecessors or {})
        self._best: dict[_Key, Observation | None] = {}

    def unit_key(self, unit_code: str | None) -> str:
        return "" if self._ignore_units or unit_code is None else unit_code

    def group(self, target_key: str, unit_code: str | None, period: Period) -> list[Observation]:
        """Every observation of the target, unit and period, in input order."""
        entries = self._groups.get((target_key, self.unit_key(unit_code), period), [])
        return [obs for _, obs in entries]

    def best(self, target_key: str, unit_code: str | None, period: Period) -> Observation | None:
        """The observation to use: actual over estimate, then the latest source."""
        key = (target_key, self.unit_key(unit_code), period)
        if key not in self._best:
            entries = [e for e in self._groups.get(key, []) if e[1].value is not None]
            entries = entries or self._groups.get(key, [])
            self._best[key] = max(entries, key=_preference)[1] if entries else None
        return self._best[key]

    def observation(
        self,
        target_key: str,
        unit_code: str | None,
        period: Period,
        aggregation: Aggregation,
        _depth: int = 0,
    ) -> Observation | None:
        """The best observation of the unit, or one rolled up from all of its parts."""
        direct = self.best(target_key, unit_code, period)
        if direct is not None or _depth >= _MAX_DEPTH:
            return direct
        unit = self.unit_key(unit_code)
        part_units = self._parts.get(unit)
        if not part_units:
            return None
        found = [
            self.observation(target_key, part, period, aggregation, _depth + 1)
            for part in part_units
        ]
        pieces = [obs for obs in found if obs is not None and obs.value is not None]
        if len(pieces) < len(part_units):
            return None
        return roll_up(pieces, aggregation, unit_code=unit)

    def value(
        self,
        target_key: str,
        unit_code: str | None,
        period: Period,
        aggregation: Aggregation,
        _depth: int = 0,
    ) -> float | None:
        """A value for the period however it can be known.

        In order: reported (or rolled up from parts); the merged predecessors' values
        combined (so a new commune has a 'cùng kỳ'); for flows, the months added up.
        """
        resolved = self._resolve(target_key, unit_code, period, aggregation, _depth)
        return None if resolved is None else resolved[0]

    def _resolve(
        self,
        target_key: str,
        unit_code: str | None,
        period: Period,
        aggregation: Aggregation,
        depth: int,
    ) -> tuple[float, float | None] | None:
        obs = self.observation(target_key, unit_code, period, aggregation, depth)
        if obs is not None and obs.value is not None:
            return obs.value, obs.weight
        if depth >= _MAX_DEPTH:
            return None
        unit = self.unit_key(unit_code)
        before = self._predecessors.get(unit)
        if before:
            found = [
                self._resolve(target_key, old, period, aggregation, depth + 1) for old in before
            ]
            pieces = [piece for piece in found if piece is not None]
            if len(pieces) == len(before):
                value = combine(pieces, aggregation)
                if value is not None:
                    weights = [w for _, w in pieces]
                    total = sum(w for w in weights if w is not None)
                    return value, total if None not in weights else None
        if aggregation == "sum" and period.year is not None and period.months > 1:
            start, end = period.from_month or 1, period.to_month or 12
            months = [
                self._resolve(target_key, unit, Period(period.year, m, m), aggregation, depth + 1)
                for m in range(start, end + 1)
            ]
            if all(month is not None for month in months):
                return sum(month[0] for month in months if month is not None), None
        return None
