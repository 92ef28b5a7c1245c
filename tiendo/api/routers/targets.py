"""Public reads of one target's results."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Router

from tiendo.api import queries
from tiendo.api.schemas import ErrorOut, ResultOut
from tiendo.api.serialize import result_out
from tiendo.api.types import PeriodCode, RowId, Text

router = Router(tags=["Chỉ tiêu"])


@router.get(
    "/{target_id}/results",
    response={200: list[ResultOut], 404: ErrorOut, 422: ErrorOut},
    summary="Số liệu kết quả của một chỉ tiêu",
    description="Lọc theo `period` (2022-Q1…) và `unit` (slug hoặc mã đơn vị).",
)
def target_results(
    request: HttpRequest,
    target_id: RowId,
    period: PeriodCode | None = None,
    unit: Text | None = None,
) -> list[dict]:
    target = queries.public_target(target_id)
    chosen = queries.parse_period(period) if period else None
    org_unit = queries.find_unit(unit) if unit else None
    return [result_out(r) for r in queries.target_results(target, chosen, org_unit)]
