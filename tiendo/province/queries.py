"""A resolution's target split among the communes of its province: each commune's
figure, plan, status and source, read in a fixed number of queries however many
communes there are (the communes, their predecessors, the split plans, the results
the period needs, their sources).

The statuses are the progress engine's (tiendo.progress.evaluate_resolution), fed by
the same readers as the stored progress (tiendo.core.progress): one evaluation per
commune, of this one target, in memory. What each commune is judged against:

- the part of the target assigned to it (a child target with `org_unit` the commune),
  when the resolution splits the target ("giao chỉ tiêu cho từng xã");
- else, for a rate or level (averaged when communes combine), the province's own
  plan, which every commune is held to;
- else nothing: a province's total (revenue, output) says nothing of one commune's
  share, so the commune's figure is shown without a status ("Chưa có kế hoạch").

Figures are the results communes report on the province's target itself (the ones
the province's own progress adds up), or on their part of it when the target is split.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q, QuerySet

from tiendo.core.models import OrgUnit, Resolution, Result, Target
from tiendo.core.models.choices import WeightBy
from tiendo.core.prepared import Prepared
from tiendo.core.progress import area_of, latest_period, target_specs
from tiendo.core.progress.results import own_observations
from tiendo.periods import Period
from tiendo.progress import Observation, TargetSpec, evaluate_resolution
from tiendo.progress.communes import CommuneRow, CommuneTable, commune_table
from tiendo.progress.index import ObservationIndex

PLAN_ASSIGNED = "giao cho xã"
PLAN_SHARED = "chung của tỉnh"

_WEIGHT_FIELDS = {
    WeightBy.POPULATION: "population",
    WeightBy.HOUSEHOLDS: "households",
    WeightBy.AREA: "area_ha",
}
_UNIT_FIELDS = ("pk", "name", "code", "slug", "population", "households", "area_ha")


@dataclass(frozen=True)
class _Unit:
    pk: int
    name: str
    code: str
    weights: dict[str, float | None]


def _unit(row: Iterable[Any]) -> _Unit:
    pk, name, code, slug, population, households, area_ha = row
    weights = {"population": population, "households": households, "area_ha": area_ha}
    return _Unit(pk, name, code or slug, weights)


@dataclass
class CommuneLine:
    """A row of the table with the result it came from, for the source link."""

    row: CommuneRow
    result: Result | None
    predecessors: list[tuple[str, float | None]] = field(default_factory=list)
    # Where the screen sends a reader to see the figure's source, set by the screen:
    # the result's own page for staff, the article or document for the public.
    link: str = ""
    link_label: str = ""


@dataclass
class CommuneView:
    resolution: Resolution
    target: Target
    area: OrgUnit
    period: Period
    table: CommuneTable
    lines: list[CommuneLine]

    @property
    def period_label(self) -> str:
        return self.period.label_vi()

    @property
    def has_merged(self) -> bool:
        return any(line.row.is_merged for line in self.lines)


def commune_targets(resolution: Resolution) -> list[Target]:
    """The resolution's own quantitative targets, in display order: those a commune
    can have a figure for."""
    return list(
        Target.objects.filter(resolution=resolution, parent=None, is_qualitative=False).order_by(
            "sort_order", "id"
        )
    )


def current_communes(area: OrgUnit, within: QuerySet[OrgUnit] | None = None) -> list[_Unit]:
    """The communes directly under `area` that no merger has replaced."""
    communes = OrgUnit.objects.filter(
        parent=area, kind=OrgUnit.Kind.COMMUNE, successors__isnull=True
    )
    if within is not None:
        communes = communes.filter(pk__in=within.values("pk"))
    return [_unit(row) for row in communes.order_by("name", "pk").values_list(*_UNIT_FIELDS)]


def _predecessors(commune_ids: list[int]) -> dict[int, list[_Unit]]:
    """Commune -> the units merged into it, in one query."""
    links = OrgUnit.successors.through.objects.filter(to_orgunit_id__in=commune_ids)
    fields = [f"from_orgunit__{name}" for name in _UNIT_FIELDS]
    found: dict[int, list[_Unit]] = defaultdict(list)
    for row in links.order_by("from_orgunit__name").values_list("to_orgunit_id", *fields):
        found[row[0]].append(_unit(row[1:]))
    return found


def _assigned_plans(target: Target, commune_ids: list[int]) -> dict[int, Target]:
    """Commune -> its part of the target, when the resolution split it."""
    parts = Target.objects.filter(parent=target, org_unit_id__in=commune_ids).order_by("pk")
    return {part.org_unit_id: part for part in parts if part.org_unit_id is not None}


def commune_spec(spec: TargetSpec, part: Target | None) -> tuple[TargetSpec, str]:
    """The target as one commune is judged by it, and where its plan comes from."""
    if part is not None and part.plan_value is not None:
        assigned = dataclasses.replace(
            spec,
            plan=part.plan_value,
            value_max=part.plan_value_max,
            bound=part.bound or None,  # type: ignore[arg-type]
            baselines={},
            change=None,
        )
        return assigned, PLAN_ASSIGNED
    if spec.aggregation == "sum":
        # A change plan ("tăng 10% so với năm trước") holds for each part as for the whole.
        origin = PLAN_SHARED if spec.change is not None else ""
        return dataclasses.replace(spec, plan=None, value_max=None, baselines={}), origin
    own = {kind: value for kind, value in spec.baselines.items() if kind == "plan"}
    origin = PLAN_SHARED if spec.plan is not None or spec.change is not None else ""
    return dataclasses.replace(spec, baselines=own), origin


def _weight(unit: _Unit, weight_by: str) -> float | None:
    name = _WEIGHT_FIELDS.get(weight_by)
    value = unit.weights.get(name) if name else None
    return None if value is None else float(value)


def _result_id(ref: str) -> int | None:
    prefix, _, number = ref.partition("-")
    return int(number) if prefix == "result" and number.isdigit() else None


def commune_view(
    resolution: Resolution,
    target: Target,
    period: Period | None = None,
    *,
    sort: str = "name",
    descending: bool = False,
    within: QuerySet[OrgUnit] | None = None,
) -> CommuneView:
    """Every current commune's figure for `target` in `period` (default: the latest the
    resolution was reported for), limited to the units `within` when given."""
    area = area_of(resolution)
    period = period or latest_period(resolution) or Period.year_of(target.period_year)
    communes = current_communes(area, within)
    ids = [unit.pk for unit in communes]
    predecessors = _predecessors(ids)
    parts = _assigned_plans(target, ids)
    spec = next(s for s in target_specs(resolution) if s.key == str(target.pk))
    codes = {unit.pk: unit.code for unit in communes}
    codes.update({old.pk: old.code for olds in predecessors.values() for old in olds})
    # A commune may report on its own part of the target (the entry sheet offers it):
    # such a figure is the commune's figure for the target itself.
    part_units = {str(part.pk): codes[unit_id] for unit_id, part in parts.items()}
    observations = own_observations(
        resolution, period, codes, target_ids=[target.pk, *(p.pk for p in parts.values())]
    )
    by_unit: dict[str, list[Observation]] = defaultdict(list)
    for obs in observations:
        if obs.target_key in part_units:
            if part_units[obs.target_key] != obs.unit_code:
                continue  # another unit's figure on a commune's part: not this commune's
            obs = obs._replace(target_key=spec.key)
        by_unit[obs.unit_code].append(obs)
    history = ObservationIndex(obs for old in _old_codes(predecessors) for obs in by_unit[old])

    rows = []
    for unit in communes:
        olds = predecessors.get(unit.pk, [])
        own_spec, origin = commune_spec(spec, parts.get(unit.pk))
        seen = by_unit[unit.code] + [obs for old in olds for obs in by_unit[old.code]]
        progress = evaluate_resolution(
            [own_spec],
            seen,
            period,
            unit=unit.code,
            predecessors={unit.code: [old.code for old in olds]} if olds else None,
        ).targets[0]
        obs = progress.observation
        at = obs.period if obs is not None else period
        judged = progress.target
        rows.append(
            CommuneRow(
                unit_code=unit.code,
                name=unit.name,
                value=progress.value,
                plan=judged.plan,
                status=progress.status,
                period=obs.period if obs is not None else None,
                ratio=progress.ratios.get("plan"),
                kind=obs.kind if obs is not None else "",
                plan_max=judged.value_max,
                plan_origin=origin if judged.plan is not None else "",
                ref=obs.source_id if obs is not None else "",
                predecessor_names=tuple(old.name for old in olds),
                predecessor_values=tuple(
                    history.value(spec.key, old.code, at, spec.aggregation) for old in olds
                ),
                predecessor_weights=tuple(_weight(old, target.weight_by) for old in olds),
            )
        )
    table = commune_table(rows, spec.aggregation, sort=sort, descending=descending)
    results = _results(row.ref for row in table.rows)
    lines = [
        CommuneLine(
            row,
            results.get(_result_id(row.ref) or 0),
            list(zip(row.predecessor_names, row.predecessor_values, strict=True)),
        )
        for row in table.rows
    ]
    return CommuneView(resolution, target, area, period, table, lines)


def _old_codes(predecessors: dict[int, list[_Unit]]) -> list[str]:
    return sorted({old.code for olds in predecessors.values() for old in olds})


def _results(refs: Iterable[str]) -> dict[int, Result]:
    """The results the rows rest on, with their source documents, in one query."""
    ids = {pk for pk in (_result_id(ref) for ref in refs) if pk is not None}
    if not ids:
        return {}
    found = Result.objects.filter(pk__in=ids).select_related("source_document")
    return {result.pk: result for result in found}


def _communes_under(issuer: int) -> QuerySet:
    from tiendo.core.progress.compute import NON_TERRITORIAL

    under_issuer = Q(parent_id=issuer)
    # A Party committee's resolution is about the area of the body it belongs to.
    under_its_body = Q(parent__children__pk=issuer, parent__children__kind__in=NON_TERRITORIAL)
    communes = OrgUnit.objects.filter(kind=OrgUnit.Kind.COMMUNE, successors__isnull=True)
    return communes.filter(under_issuer | under_its_body).values_list("pk")[:1]


_any_commune = Prepared(_communes_under)


def has_communes(resolution: Resolution) -> bool:
    """Whether the resolution's area has communes of its own (one query, compiled once
    per process): the portal links to the communes' view only then."""
    return bool(_any_commune.rows(issuer=resolution.issuer_id))
