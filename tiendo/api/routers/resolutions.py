"""Public reads: resolutions, their targets, progress and the targets as CSV."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from ninja import Router

from tiendo.api import queries
from tiendo.api.csv_export import targets_csv
from tiendo.api.schemas import (
    ErrorOut,
    ProgressOut,
    ResolutionDetailOut,
    ResolutionOut,
    TargetOut,
)
from tiendo.api.serialize import resolution_detail_out, resolution_out, target_out
from tiendo.api.types import PeriodCode, Slug
from tiendo.core.progress import resolution_progress
from tiendo.pagecache import mark_cacheable

router = Router(tags=["Nghị quyết"])


@router.get("", response=list[ResolutionOut], summary="Danh sách nghị quyết công khai")
def list_resolutions(request: HttpRequest) -> list[dict]:
    return [resolution_out(r) for r in queries.public_resolutions()]


@router.get(
    "/{slug}",
    response={200: ResolutionDetailOut, 404: ErrorOut, 422: ErrorOut},
    summary="Một nghị quyết",
)
def resolution_detail(request: HttpRequest, slug: Slug) -> dict:
    return resolution_detail_out(queries.public_resolution(slug))


@router.get(
    "/{slug}/targets",
    response={200: list[TargetOut], 404: ErrorOut, 422: ErrorOut},
    summary="Chỉ tiêu của nghị quyết",
)
def resolution_targets(request: HttpRequest, slug: Slug) -> list[dict]:
    resolution = queries.public_resolution(slug)
    return [target_out(t) for t in queries.resolution_targets(resolution)]


@router.get(
    "/{slug}/progress",
    response={200: ProgressOut, 404: ErrorOut, 422: ErrorOut},
    summary="Tiến độ thực hiện các chỉ tiêu trong một kỳ",
    description="`period`: 2022, 2022-Q1, 2022-H1, 2022-9M; mặc định là kỳ mới nhất có số liệu.",
)
def resolution_progress_view(
    request: HttpRequest, slug: Slug, period: PeriodCode | None = None
) -> dict:
    # Public reads, the same for every anonymous caller: kept by the page cache.
    mark_cacheable(request, ("period",))
    resolution = queries.public_resolution(slug)
    chosen = queries.parse_period(period) if period else None
    progress = resolution_progress(resolution, chosen).as_dict()
    return {"resolution": resolution.slug, **progress}


@router.get(
    "/{slug}/targets.csv",
    response={200: None, 404: ErrorOut, 422: ErrorOut},
    summary="Chỉ tiêu và tiến độ dạng CSV (dữ liệu mở)",
    openapi_extra={
        "responses": {
            200: {
                "description": "CSV, UTF-8 with BOM",
                "content": {"text/csv": {"schema": {"type": "string"}}},
            }
        }
    },
)
def resolution_targets_csv(
    request: HttpRequest, slug: Slug, period: PeriodCode | None = None
) -> HttpResponse:
    resolution = queries.public_resolution(slug)
    chosen = queries.parse_period(period) if period else None
    response = HttpResponse(
        targets_csv(resolution, chosen).encode("utf-8"), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="chi-tieu-{resolution.slug}.csv"'
    return response
