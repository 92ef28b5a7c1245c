"""Download a report from the Wagtail admin: a form, then the file."""

from __future__ import annotations

from django.contrib.auth.decorators import permission_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from tiendo.reports.forms import ReportForm
from tiendo.reports.services import ReportError, render_report


@permission_required("core.view_resolution", raise_exception=True)
def download_report(request: HttpRequest) -> HttpResponse:
    form = ReportForm(request.GET or None)
    if form.is_valid():
        data = form.cleaned_data
        try:
            report = render_report(
                data["resolution"],
                data["period"],
                file_format=data["file_format"],
                style=data["style"],
                number=data["number"],
                report_date=data["report_date"],
                signer=data["signer"],
                signer_title=data["signer_title"],
            )
        except ReportError as error:
            form.add_error(None, str(error))
        else:
            response = HttpResponse(report.content, content_type=report.content_type)
            response["Content-Disposition"] = f'attachment; filename="{report.filename}"'
            return response
    return render(request, "reports/download.html", {"form": form, "page_title": "Xuất báo cáo"})
