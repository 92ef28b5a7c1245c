"""The API's typed shapes; django-ninja turns them into the OpenAPI description."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from ninja import Field, Schema

from tiendo.api.types import BodyId, Flag, IsoDate, Number, PeriodCode, Text


class ErrorOut(Schema):
    """Every error: 400 refused, 401 no token, 403 not allowed, 404 not found,
    409 locked, 422 input the OpenAPI description does not allow."""

    message: str = Field(description="Thông báo lỗi tiếng Việt, cho người dùng.")
    detail: Any = Field(description="Details in English, for programmers.")
    status: int


class PeriodOut(Schema):
    year: int | None
    from_month: int | None
    to_month: int | None
    code: str
    label: str


class OrgUnitOut(Schema):
    slug: str
    code: str
    name: str
    kind: str


class ResolutionOut(Schema):
    slug: str
    number: str
    kind: str
    title: str
    issuer: str
    issued_on: dt.date | None
    year_from: int
    year_to: int
    target_count: int


class ResolutionDetailOut(ResolutionOut):
    meeting: str
    term: str
    term_years: str
    theme: str
    main_target_count: int | None
    previous_review: str
    source_document: str | None = Field(description="Slug of the resolution's document.")


class BaselineOut(Schema):
    kind: str
    label: str
    value: float
    inferred: bool


class TargetOut(Schema):
    id: int
    ordinal: str
    indicator: str
    sector: str
    unit: str
    direction: str
    plan_value: float | None
    plan_value_max: float | None
    plan_kind: str = Field(
        description='"" for a level to reach; "rise" or "fall" when plan_value is a change '
        "from the year before (points for a rate in %, else % of last year's value)."
    )
    plan_base: float | None = Field(description="Last year's level, for a change plan.")
    bound: str
    is_qualitative: bool
    period: PeriodOut
    baselines: list[BaselineOut]


class SourceOut(Schema):
    document: str | None = Field(description="Slug of the source document.")
    document_title: str | None
    start: int | None = Field(description="First character of the span in the text.")
    end: int | None
    text: str


class ResultOut(Schema):
    id: int
    target: int
    org_unit: OrgUnitOut
    period: PeriodOut
    kind: str
    value: float | None
    comparisons: list[dict[str, Any]]
    review_state: str
    source: SourceOut
    updated_at: dt.datetime


class ProgressOut(Schema):
    resolution: str
    period: dict[str, Any]
    final: bool
    counts: dict[str, int]
    summary: str
    narrative: str
    targets: list[dict[str, Any]] = Field(
        description="Per target: plan, baselines, value, ratios, status, forecast, warnings."
    )
    tasks: list[dict[str, Any]]
    warnings: list[dict[str, Any]]


class ComparisonIn(Schema):
    basis: Literal["plan", "budget", "same_period", "previous", "other"]
    measure: Literal["ratio", "change"]
    percent: Number
    basis_text: Text = ""


class ResultIn(Schema):
    target: BodyId = Field(description="Id of the target.")
    period: PeriodCode
    kind: Literal["estimate", "actual"] = "actual"
    value: Number | None
    unit: Text = Field(
        "",
        description="Unit of `value` when it is not the target's (triệu đồng for a target "
        "in tỷ đồng): the value is converted. Empty: the target's unit.",
    )
    note: Text = ""
    comparisons: list[ComparisonIn] = []
    org_unit: Text | None = Field(
        None, description="Slug or code of the reporting unit; defaults to the user's unit."
    )
    confirm_unusual: Flag = Field(
        False,
        description="Xác nhận số liệu bất thường: a value far from the previous period, "
        "the same period last year or the plan is refused with 422 unless confirmed.",
    )


class DocumentIn(Schema):
    title: Text = Field(min_length=1, max_length=500, description="Trích yếu.")
    kind: Literal["resolution", "report", "news", "other"] = "report"
    text: Text = Field(min_length=1, description="Full text; figures are read from it later.")
    is_public: Flag = False
    number: Text = Field("", max_length=64, description="Số, ký hiệu as written: 15-BC/HU.")
    doc_type: Text = Field("", max_length=64, description="Hình thức: Báo cáo, Nghị quyết…")
    issued_on: IsoDate | None = Field(None, description="Ngày ban hành, YYYY-MM-DD.")


class DocumentOut(Schema):
    slug: str
    kind: str
    title: str
    org_unit: str | None
    text_length: int
    created_at: dt.datetime
