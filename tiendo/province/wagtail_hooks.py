"""Put the province view in the Wagtail admin: its URLs and an item of the "Số liệu" menu."""

from __future__ import annotations

from typing import Any

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from tiendo.province import admin_urls
from tiendo.workspace.access import can_follow
from tiendo.workspace.wagtail_hooks import PermittedMenuItem


@hooks.register("register_admin_urls")
def register_province_urls() -> list[Any]:
    return [path("xa-phuong/", include(admin_urls, namespace="province"))]


@hooks.register("register_workspace_menu_item")
def communes_item() -> MenuItem:
    return PermittedMenuItem(
        "Theo xã, phường",
        reverse("province:resolutions"),
        icon_name="site",
        order=500,
        allowed=can_follow,
    )
