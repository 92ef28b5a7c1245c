from __future__ import annotations

from django.urls import path

from tiendo.reports.views import download_report

app_name = "reports"
urlpatterns = [path("", download_report, name="download")]
