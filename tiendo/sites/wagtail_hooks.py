"""The "Cổng của đơn vị" screen in the admin's settings menu."""

from __future__ import annotations

from typing import Any

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from tiendo.sites import admin_urls
from tiendo.sites.views import ADD_PERMISSION


class SitesMenuItem(MenuItem):
    def is_shown(self, request):  # type: ignore[no-untyped-def]
        return request.user.has_perm(ADD_PERMISSION)


@hooks.register("register_admin_urls")
def register_site_urls() -> list[Any]:
    return [path("cong-don-vi/", include(admin_urls, namespace="tiendo_sites"))]


@hooks.register("register_settings_menu_item")
def sites_menu_item() -> MenuItem:
    return SitesMenuItem(
        "Cổng của đơn vị", reverse("tiendo_sites:list"), icon_name="site", order=610
    )
