"""The API's reads: what the public may see, loaded in a fixed number of queries."""

from __future__ import annotations

from django.db.models import Count, Prefetch, Q, QuerySet

from tiendo.api.errors import bad_request, not_found
from tiendo.core.models import Baseline, OrgUnit, Resolution, Result, Target
from tiendo.core.progress import COUNTED_STATES
from tiendo.periods import Period


def parse_period(code: str) -> Period:
    try:
        return Period.parse(code)
    except ValueError as error:
        raise bad_request(
            f"Kỳ {code!r} không hợp lệ: ghi 2022, 2022-Q1, 2022-H1, 2022-9M hoặc 2022-M10.",
            f"Unknown period {code!r}: use 2022, 2022-Q1, 2022-H1, 2022-9M or 2022-M10.",
        ) from error


def public_resolutions() -> QuerySet[Resolution]:
    return (
        Resolution.objects.filter(is_public=True)
        .select_related("issuer", "source_document")
        .annotate(target_count=Count("targets", filter=Q(targets__parent=None)))
        .order_by("-issued_on", "number")
    )


def public_resolution(slug: str) -> Resolution:
    resolution = public_resolutions().filter(slug=slug).first()
    if resolution is None:
        raise not_found("nghị quyết", "Resolution")
    return resolution


def resolution_targets(resolution: Resolution) -> QuerySet[Target]:
    return (
        Target.objects.filter(resolution=resolution, parent=None)
        .order_by("sort_order", "id")
        .prefetch_related(Prefetch("baselines", queryset=Baseline.objects.order_by("kind")))
    )


def public_target(target_id: int) -> Target:
    target = (
        Target.objects.filter(pk=target_id, resolution__is_public=True)
        .select_related("resolution")
        .first()
    )
    if target is None:
        raise not_found("chỉ tiêu", "Target")
    return target


def find_unit(code: str) -> OrgUnit:
    unit = OrgUnit.objects.filter(Q(slug=code) | Q(code=code)).first()
    if unit is None:
        raise not_found(f"đơn vị {code!r}", f"Org unit {code!r}")
    return unit


def target_results(
    target: Target, period: Period | None = None, unit: OrgUnit | None = None
) -> QuerySet[Result]:
    """The target's counted results (submitted or approved), oldest period first."""
    results = Result.objects.filter(target=target, review_state__in=COUNTED_STATES)
    if period is not None:
        results = results.filter(
            period_year=period.year,
            period_from_month=period.from_month,
            period_to_month=period.to_month,
        )
    if unit is not None:
        results = results.filter(org_unit=unit)
    return results.select_related("org_unit", "source_document").order_by(
        "period_year", "period_to_month", "kind", "id"
    )
