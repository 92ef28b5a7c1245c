"""Make a report file: the one function the CLI, the admin download and the tests call.

>>> # render_report(find_resolution("15-NQ/HU"), "2022-Q1", file_format="docx")
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from django.db.models import Q

from tiendo.core.models import Resolution
from tiendo.periods import Period
from tiendo.reports.docx_builder import build_docx
from tiendo.reports.format_rules import UnknownFormatError, available_formats
from tiendo.reports.gather import gather_report
from tiendo.reports.xlsx_builder import build_xlsx

FILE_FORMATS = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
BUILDERS = {"docx": build_docx, "xlsx": build_xlsx}


class ReportError(ValueError):
    """A request the report cannot be made from; the message is for people (Vietnamese)."""


@dataclass(frozen=True)
class ReportFile:
    content: bytes
    filename: str
    content_type: str


def find_resolution(identifier: str) -> Resolution:
    """A resolution by its number as written ("15-NQ/HU") or by its slug."""
    identifier = identifier.strip()
    found = list(
        Resolution.objects.select_related("issuer__parent").filter(
            Q(number__iexact=identifier) | Q(slug=identifier)
        )[:2]
    )
    if not found:
        raise ReportError(f"Không tìm thấy nghị quyết {identifier!r} (ghi số như 15-NQ/HU).")
    if len(found) > 1:
        raise ReportError(
            f"Có nhiều nghị quyết số {identifier!r}; hãy ghi đường dẫn (slug) của nghị quyết."
        )
    return found[0]


def parse_period(code: str) -> Period:
    try:
        return Period.parse(code)
    except ValueError as error:
        raise ReportError(
            f"Kỳ báo cáo {code!r} không hợp lệ: ghi 2022, 2022-Q1, 2022-H1, 2022-9M hoặc 2022-M10."
        ) from error


def report_filename(resolution: Resolution, period: Period, file_format: str) -> str:
    """'bao-cao-15-nq-hu-2022-2022-Q1.docx': ASCII, safe in any download."""
    return f"bao-cao-{resolution.slug}-{period.code()}.{file_format}"


def render_report(
    resolution: Resolution,
    period: Period | str,
    *,
    file_format: str = "docx",
    style: str = "party",
    number: str = "",
    report_date: dt.date | None = None,
    signer: str = "",
    signer_title: str = "",
    recipients: Sequence[str] = (),
) -> ReportFile:
    if isinstance(period, str):
        period = parse_period(period)
    if file_format not in BUILDERS:
        raise ReportError(f"Định dạng {file_format!r} không hỗ trợ; chọn docx hoặc xlsx.")
    if style not in available_formats():
        raise ReportError(
            f"Không có thể thức {style!r}; chọn {' hoặc '.join(available_formats())}."
        )
    try:
        content = gather_report(
            resolution,
            period,
            style=style,
            number=number,
            report_date=report_date,
            signer=signer,
            signer_title=signer_title,
            recipients=recipients,
        )
    except UnknownFormatError as error:
        raise ReportError(str(error)) from error
    return ReportFile(
        content=BUILDERS[file_format](content),
        filename=report_filename(resolution, period, file_format),
        content_type=FILE_FORMATS[file_format],
    )
