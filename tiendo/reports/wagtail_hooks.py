"""A "Xuất báo cáo" item in the Wagtail admin menu, for staff who can read resolutions."""

from __future__ import annotations

from typing import Any

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from tiendo.reports import admin_urls


class ReportMenuItem(MenuItem):
    def is_shown(self, request: Any) -> bool:
        return request.user.has_perm("core.view_resolution")


@hooks.register("register_admin_urls")
def register_report_urls() -> list[Any]:
    return [path("bao-cao/", include(admin_urls, namespace="reports"))]


@hooks.register("register_admin_menu_item")
def report_menu_item() -> MenuItem:
    return ReportMenuItem(
        "Xuất báo cáo", reverse("reports:download"), icon_name="download", order=450
    )
