"""The API's typed shapes; django-ninja turns them into the OpenAPI description."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from ninja import Field, Schema


class ErrorOut(Schema):
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
    percent: float
    basis_text: str = ""


class ResultIn(Schema):
    target: int = Field(description="Id of the target.")
    period: str = Field(description="2022, 2022-Q1, 2022-H1, 2022-9M or 2022-M10.")
    kind: Literal["estimate", "actual"] = "actual"
    value: float | None
    unit: str = Field(
        "",
        description="Unit of `value` when it is not the target's (triệu đồng for a target "
        "in tỷ đồng): the value is converted. Empty: the target's unit.",
    )
    note: str = ""
    comparisons: list[ComparisonIn] = []
    org_unit: str | None = Field(
        None, description="Slug or code of the reporting unit; defaults to the user's unit."
    )


class DocumentIn(Schema):
    title: str = Field(min_length=1, max_length=500, description="Trích yếu.")
    kind: Literal["resolution", "report", "news", "other"] = "report"
    text: str = Field(min_length=1, description="Full text; figures are read from it later.")
    is_public: bool = False
    number: str = Field("", max_length=64, description="Số, ký hiệu as written: 15-BC/HU.")
    doc_type: str = Field("", max_length=64, description="Hình thức: Báo cáo, Nghị quyết…")
    issued_on: dt.date | None = Field(None, description="Ngày ban hành.")


class DocumentOut(Schema):
    slug: str
    kind: str
    title: str
    org_unit: str | None
    text_length: int
    created_at: dt.datetime
