"""Gather a report's content from the database: the header fields from the resolution
and its issuer, and everything about progress from the lead's adapter
`tiendo.core.progress.resolution_progress` (never recomputed here)."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from typing import Any

from tiendo.core.models import OrgUnit, Resolution
from tiendo.core.progress import resolution_progress
from tiendo.periods import Period
from tiendo.reports.assessment import Headings, assessment_sections, solutions
from tiendo.reports.content import ReportContent
from tiendo.reports.format_rules import load_format
from tiendo.reports.rows import annex_rows, narrative_paragraphs, warning_messages
from tiendo.vietnamese import format_date, nfc

LOCALITY_KINDS = (OrgUnit.Kind.DISTRICT, OrgUnit.Kind.COMMUNE, OrgUnit.Kind.PROVINCE)
# Words that open a locality's name, longest first so "Thành phố" wins over shorter ones.
_LOCALITY_WORDS = (
    "Thành phố",
    "Thị trấn",
    "Đặc khu",
    "Thị xã",
    "Huyện",
    "Tỉnh",
    "Quận",
    "Phường",
    "Xã",
)
_KIND_WORDS = {
    OrgUnit.Kind.DISTRICT: "huyện",
    OrgUnit.Kind.COMMUNE: "xã",
    OrgUnit.Kind.PROVINCE: "tỉnh",
}


def locality_of(unit: OrgUnit) -> OrgUnit:
    """The district, commune or province a body belongs to (itself if it is one)."""
    current: OrgUnit | None = unit
    while current is not None:
        if current.kind in LOCALITY_KINDS:
            return current
        current = current.parent
    return unit


def split_locality_name(unit: OrgUnit) -> tuple[str, str]:
    """("huyện", "Bảo Thắng") from "Huyện Bảo Thắng"."""
    name = nfc(unit.name).strip()
    for word in _LOCALITY_WORDS:
        if name.lower().startswith(word.lower() + " "):
            return word.lower(), name[len(word) :].strip()
    return _KIND_WORDS.get(unit.kind, ""), name


def _title_after_kind(resolution: Resolution) -> str:
    """'về lãnh đạo thực hiện ...' from 'Nghị quyết về lãnh đạo thực hiện ...'."""
    title = nfc(resolution.title).strip()
    kind_word = resolution.get_kind_display()
    if title.lower().startswith(kind_word.lower()):
        title = title[len(kind_word) :].strip()
    return title[:1].lower() + title[1:]


def _date_parts(day: dt.date) -> dict[str, str]:
    """Days under 10 and months 1 and 2 take a leading zero on official documents."""
    return {
        "day": f"{day.day:02d}",
        "month": f"{day.month:02d}" if day.month < 3 else str(day.month),
        "year": str(day.year),
        "report_date": format_date(day),
    }


def default_report_date(period: Period, today: dt.date | None = None) -> dt.date:
    """A report is dated on the last day of its period (a Q1 report: 31/03), or today
    when the period has not ended yet; never the day someone happens to export it."""
    today = today or dt.date.today()
    if period.year is None:
        return today
    end_month = period.to_month or 12
    end = dt.date(period.year, end_month, calendar.monthrange(period.year, end_month)[1])
    return min(end, today)


def header_fields(
    resolution: Resolution, period: Period, style: str, number: str, report_date: dt.date
) -> dict[str, str]:
    rules = load_format(style)
    locality = locality_of(resolution.issuer)
    parent = locality.parent or locality
    kind_word, short_name = split_locality_name(locality)
    committee = rules.get("committee_by_kind", {}).get(locality.kind, "")
    period_label = period.label_vi()
    return {
        "parent_upper": nfc(parent.name).upper(),
        "locality": short_name,
        "locality_upper": short_name.upper(),
        "locality_kind": kind_word,
        "locality_kind_upper": kind_word.upper(),
        "committee": committee,
        "committee_upper": committee.upper(),
        "place": short_name,
        "number": number or rules["header"]["default_number"],
        **_date_parts(report_date),
        "resolution_number": resolution.number,
        "resolution_date": format_date(resolution.issued_on),
        "resolution_issuer": resolution.issuer_name or resolution.issuer.name,
        "resolution_title_lower": _title_after_kind(resolution),
        "period_label": period_label,
        "period_label_upper": period_label.upper(),
    }


def gather_report(
    resolution: Resolution,
    period: Period,
    *,
    style: str = "party",
    number: str = "",
    report_date: dt.date | None = None,
    signer: str = "",
    signer_title: str = "",
    recipients: Sequence[str] = (),
) -> ReportContent:
    progress: dict[str, Any] = resolution_progress(resolution, period).as_dict()
    warnings = warning_messages(progress)
    day = report_date or default_report_date(period)
    headings = Headings(**load_format(style)["assessment"])
    return ReportContent(
        style=style,
        fields=header_fields(resolution, period, style, number, day),
        summary=progress.get("summary") or "",
        narrative=narrative_paragraphs(progress),
        rows=annex_rows(progress),
        warnings=warnings,
        assessment=assessment_sections(progress, warnings, headings),
        solutions=solutions(progress, warnings),
        signer=signer,
        signer_title=signer_title,
        recipients=tuple(recipients),
        period_code=period.code(),
    )
