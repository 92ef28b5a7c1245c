"""What a report says, apart from how it is laid out: the header fields, the summary
and narrative from tiendo.progress, and the rows of the annex table.

Builders (docx, xlsx, charts) take a ReportContent and a format; they never read the
database nor compute progress, so they are tested with plain values.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Ratio:
    """One ratio a row reports: 16,0% of "dự toán huyện phấn đấu"."""

    kind: str
    label: str
    percent: float
    # As the source printed it ("16,0": 1); None: at most two, trailing zeros dropped.
    decimals: int | None = None


@dataclass(frozen=True)
class AnnexRow:
    """One line of the annex table: STT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện | % KH |
    So cùng kỳ (%) | Đánh giá. Numbers stay numbers; builders format them."""

    ordinal: str
    indicator: str
    unit: str
    plan: float | None
    value: float | None
    is_estimate: bool = False
    percent_of_plan: float | None = None
    same_period_percent: float | None = None
    assessment: str = ""
    # The plan was computed back from a reported percentage, not read from the resolution.
    plan_inferred: bool = False
    # What the plan column shows when the plan is not one number ("9% trở lên").
    plan_text: str = ""
    # Every ratio to a plan or budget, in the engine's order (KH, dự toán tỉnh giao,
    # dự toán huyện phấn đấu): the annex gives each its column.
    ratios: tuple[Ratio, ...] = ()
    # What the plan column holds when it is not the KH ("dự toán tỉnh giao").
    plan_label: str = ""
    percent_decimals: int | None = None
    same_period_decimals: int | None = None


@dataclass(frozen=True)
class Section:
    """A numbered part of the assessment: its heading and its paragraphs."""

    heading: str
    paragraphs: Sequence[str]


@dataclass(frozen=True)
class ReportContent:
    """Everything a report shows. `fields` fill the format's text templates."""

    style: str
    fields: Mapping[str, str]
    summary: str
    narrative: Sequence[str]
    rows: Sequence[AnnexRow]
    warnings: Sequence[str] = ()
    signer: str = ""
    signer_title: str = ""
    recipients: Sequence[str] = ()
    period_code: str = ""
    # Section II (assessment: strengths, shortcomings) and III (solutions), written
    # from the data by tiendo.reports.assessment.
    assessment: Sequence[Section] = ()
    solutions: Sequence[str] = ()

    def render(self, template: str) -> str:
        """Fill a template from the format file: 'Số {number}' -> 'Số 15-BC/HU'."""
        return template.format_map(dict(self.fields))
