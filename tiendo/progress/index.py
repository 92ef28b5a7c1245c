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
# Plain tuples hash several times faster than Period, and lookups are the hot path.
_Key = tuple[str, str, int | None, int | None, int | None]


def _key(target_key: str, unit: str, period: Period) -> _Key:
    return (target_key, unit, period.year, period.from_month, period.to_month)


def _preference(entry: tuple[int, Observation]) -> tuple[bool, dt.date, int]:
    order, obs = entry
    # An actual result beats an estimate; then the latest report; then the later input.
    return (obs.kind == "actual", obs.reported_on or dt.date.min, order)


def _added(parts: Sequence[Observation], target_key: str, unit: str, period: Period) -> Observation:
    """One observation of `period` from reports that cover it end to end: an
    estimate if any part is one, dated by the latest part."""
    dates = [obs.reported_on for obs in parts if obs.reported_on is not None]
    return Observation(
        target_key,
        unit,
        period,
        sum(obs.value or 0.0 for obs in parts),
        "estimate" if any(obs.kind == "estimate" for obs in parts) else "actual",
        source_label=f"Cộng {len(parts)} kỳ báo cáo ({parts[-1].source_name})",
        source_id=parts[-1].source_id,
        reported_on=max(dates) if dates else None,
    )


def _best_of(observations: list[Observation]) -> Observation:
    valued = [(i, obs) for i, obs in enumerate(observations) if obs.value is not None]
    return max(valued or list(enumerate(observations)), key=_preference)[1]


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
        # Each group keeps input order, which breaks ties between equal reports.
        groups: dict[_Key, list[Observation]] = {}
        years: dict[tuple[str, str], set[int]] = {}
        compared: dict[tuple[str, str, int | None], list[Observation]] = {}
        # Monthly reports laid out by (target, unit, year), so that a quarter or a year
        # adds up by slicing; a month reported twice sends its year to the general path.
        months: dict[tuple[str, str, int], list[float | None]] = {}
        unclear: set[tuple[str, str, int]] = set()
        self._ignore_units = ignore_units
        last_year: tuple[str, str, int] | None = None
        for obs in observations:
            period = obs.period
            year, first, last = period.year, period.from_month, period.to_month
            target_key = obs.target_key
            unit = "" if ignore_units else obs.unit_code
            key = (target_key, unit, year, first, last)
            entries = groups.get(key)
            if entries is None:
                groups[key] = [obs]
                if year is not None:
                    year_key = (target_key, unit, year)
                    # Reports usually come grouped: skip the set when nothing changed.
                    if year_key != last_year:
                        known = years.get((target_key, unit))
                        if known is None:
                            years[(target_key, unit)] = {year}
                        else:
                            known.add(year)
                        last_year = year_key
                    if first == last and first is not None:
                        slots = months.get(year_key)
                        if slots is None:
                            slots = months[year_key] = [None] * 12
                        slots[first - 1] = obs.value
            else:
                entries.append(obs)
                if first == last and year is not None:
                    unclear.add((target_key, unit, year))
            if obs.comparisons:
                compared.setdefault((target_key, unit, year), []).append(obs)
        self._groups = groups
        self._months = {k: v for k, v in months.items() if k not in unclear}
        self._years = years
        self._compared = compared
        self._parts = {} if ignore_units else dict(parts or {})
        self._predecessors = {} if ignore_units else dict(predecessors or {})
        self._best: dict[_Key, Observation | None] = {}
        self._values: dict[tuple[_Key, Aggregation], tuple[float, float | None] | None] = {}

    def unit_key(self, unit_code: str | None) -> str:
        return "" if self._ignore_units or unit_code is None else unit_code

    def years(self, target_key: str, unit_code: str | None, _depth: int = 0) -> set[int]:
        """Years with any observation of the unit, its parts or its predecessors."""
        unit = self.unit_key(unit_code)
        found = set(self._years.get((target_key, unit), ()))
        if _depth < _MAX_DEPTH:
            for other in (*self._parts.get(unit, ()), *self._predecessors.get(unit, ())):
                found |= self.years(target_key, other, _depth + 1)
        return found

    def with_comparisons(
        self, target_key: str, unit_code: str | None, year: int | None
    ) -> list[Observation]:
        """Observations of the year that printed percentages beside their value."""
        return list(self._compared.get((target_key, self.unit_key(unit_code), year), ()))

    def group(self, target_key: str, unit_code: str | None, period: Period) -> list[Observation]:
        """Every observation of the target, unit and period, in input order."""
        return list(self._groups.get(_key(target_key, self.unit_key(unit_code), period), []))

    def best(self, target_key: str, unit_code: str | None, period: Period) -> Observation | None:
        """The observation to use: actual over estimate, then the latest source."""
        key = _key(target_key, self.unit_key(unit_code), period)
        if key in self._best:
            return self._best[key]
        entries = self._groups.get(key)
        found = None
        if entries is not None:
            found = entries[0] if len(entries) == 1 else _best_of(entries)
        self._best[key] = found
        return found

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

    def parts_added(
        self, target_key: str, unit_code: str | None, period: Period
    ) -> Observation | None:
        """A flow's period as the sum of its single months, when each was reported on
        its own ("tháng 2 đạt 35 tỷ đồng"), or of reports that cover it end to end
        (its quarters): an estimate if any part is one.

        >>> months = [Observation("thu", "xa", Period(2022, m, m), 10.0 * m) for m in (1, 2, 3)]
        >>> ObservationIndex(months).parts_added("thu", "xa", Period(2022, 1, 3)).value
        60.0
        """
        if period.year is None or period.months < 2:
            return None
        unit = self.unit_key(unit_code)
        start, end = period.from_month or 1, period.to_month or 12
        months: list[Observation] = []
        for month in range(start, end + 1):
            obs = self.best(target_key, unit, Period(period.year, month, month))
            if obs is None or obs.value is None:
                break
            months.append(obs)
        else:
            return _added(months, target_key, unit, period)
        tiles = self._tiles(target_key, unit, period.year, start, end)
        return None if tiles is None else _added(tiles, target_key, unit, period)

    def remainder(
        self, target_key: str, unit_code: str | None, period: Period, aggregation: Aggregation
    ) -> Observation | None:
        """A flow's part of the year that was reported only within running totals: the
        total to its end less the total before it ("6 tháng" 6.010 less "quý I" 950 is
        quý II's 5.060); an estimate if either is one.

        >>> totals = [Observation("thu", "xa", Period(2022, 1, 3), 950.0),
        ...           Observation("thu", "xa", Period(2022, 1, 6), 6010.0)]
        >>> ObservationIndex(totals).remainder("thu", "xa", Period(2022, 4, 6), "sum").value
        5060.0
        """
        start, end = period.from_month or 1, period.to_month or 12
        if period.year is None or start == 1:
            return None
        to_end = self.observation(target_key, unit_code, Period(period.year, 1, end), aggregation)
        before = self.observation(
            target_key, unit_code, Period(period.year, 1, start - 1), aggregation
        )
        if to_end is None or before is None or to_end.value is None or before.value is None:
            return None
        dates = [obs.reported_on for obs in (to_end, before) if obs.reported_on is not None]
        return Observation(
            target_key,
            self.unit_key(unit_code),
            period,
            to_end.value - before.value,
            "estimate" if "estimate" in (to_end.kind, before.kind) else "actual",
            source_label=f"Lũy kế trừ kỳ trước ({to_end.source_name})",
            source_id=to_end.source_id,
            reported_on=max(dates) if dates else None,
        )

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
        # The common cases first, read straight from the index: one report of the
        # period, or (for a unit with no parts and no predecessors) its months.
        unit = self.unit_key(unit_code)
        year, first, last = period.year, period.from_month, period.to_month
        entries = self._groups.get((target_key, unit, year, first, last))
        if entries is not None and len(entries) == 1 and entries[0].value is not None:
            return entries[0].value
        plain_unit = unit not in self._parts and unit not in self._predecessors
        if entries is None and aggregation == "sum" and plain_unit and year is not None:
            total = self._months_total(target_key, unit, year, first or 1, last or 12)
            if total is not None:
                return total
        resolved = self._resolve(target_key, unit_code, period, aggregation, _depth)
        return None if resolved is None else resolved[0]

    def _months_total(
        self, target_key: str, unit: str, year: int, start: int, end: int
    ) -> float | None:
        """Months `start` to `end` added up from the monthly layout, when every one is known."""
        slots = self._months.get((target_key, unit, year))
        if slots is None:
            return None
        chunk = slots[start - 1 : end]
        if None in chunk:
            return None
        return sum(v for v in chunk if v is not None)

    def _resolve(
        self,
        target_key: str,
        unit_code: str | None,
        period: Period,
        aggregation: Aggregation,
        depth: int,
    ) -> tuple[float, float | None] | None:
        cache_key = (_key(target_key, self.unit_key(unit_code), period), aggregation)
        if cache_key in self._values:
            return self._values[cache_key]
        found = self._resolve_uncached(target_key, unit_code, period, aggregation, depth)
        self._values[cache_key] = found
        return found

    def _resolve_uncached(
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
            return self._sum_of_months(target_key, unit, period, depth)
        return None

    def _sum_of_months(
        self, target_key: str, unit: str, period: Period, depth: int
    ) -> tuple[float, float | None] | None:
        """A flow over several months as the sum of its months, when every one is known,
        or of reports that tile it ("quý I" + "quý II" + "quý III" for 9 tháng)."""
        year = period.year
        start, end = period.from_month or 1, period.to_month or 12
        if year is not None:
            known = self._months_total(target_key, unit, year, start, end)
            if known is None:
                tiles = self._tiles(target_key, unit, year, start, end)
                known = None if tiles is None else sum(obs.value or 0.0 for obs in tiles)
            if known is not None:
                return known, None
        total = 0.0
        for month in range(start, end + 1):
            entries = self._groups.get((target_key, unit, year, month, month))
            # One plain report of the month: the common case, read without the general path.
            if entries is not None and len(entries) == 1 and entries[0].value is not None:
                total += entries[0].value
                continue
            found = self._resolve(target_key, unit, Period(year, month, month), "sum", depth + 1)
            if found is None:
                return None
            total += found[0]
        return total, None

    def _tiles(
        self, target_key: str, unit: str, year: int, start: int, end: int
    ) -> list[Observation] | None:
        """Reports that cover months `start` to `end` end to end, each reported once
        ("quý I" + "quý II" + "quý III" for 9 tháng); None when there is a gap."""
        reached: dict[int, list[Observation]] = {start - 1: []}
        for month in range(start - 1, end):
            parts = reached.get(month)
            if parts is None:
                continue
            first = month + 1
            # The longest report first, so that a quarter wins over its months.
            for last in range(end, first - 1, -1):
                if (first, last) == (start, end):
                    continue
                entries = self._groups.get((target_key, unit, year, first, last))
                if entries is not None and len(entries) == 1 and entries[0].value is not None:
                    reached.setdefault(last, [*parts, entries[0]])
        return reached.get(end)
