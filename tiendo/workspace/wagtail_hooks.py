"""Put the workspace in the Wagtail admin: its URLs and a "Số liệu" menu."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from tiendo.workspace import admin_urls
from tiendo.workspace.access import can_approve, can_enter, can_follow


class PermittedMenuItem(MenuItem):
    def __init__(self, *args: Any, allowed: Callable[[Any], bool], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.allowed = allowed

    def is_shown(self, request: Any) -> bool:
        return self.allowed(request.user)


@hooks.register("register_admin_urls")
def register_workspace_urls() -> list[Any]:
    return [path("so-lieu/", include(admin_urls, namespace="workspace"))]


@hooks.register("register_workspace_menu_item")
def entry_item() -> MenuItem:
    return PermittedMenuItem(
        "Nhập số liệu", reverse("workspace:entry"), icon_name="edit", order=100, allowed=can_enter
    )


@hooks.register("register_workspace_menu_item")
def import_item() -> MenuItem:
    return PermittedMenuItem(
        "Nhập từ văn bản",
        reverse("workspace:import"),
        icon_name="doc-full",
        order=200,
        allowed=can_enter,
    )


@hooks.register("register_workspace_menu_item")
def review_item() -> MenuItem:
    return PermittedMenuItem(
        "Duyệt số liệu",
        reverse("workspace:review"),
        icon_name="tick",
        order=300,
        allowed=can_approve,
    )


@hooks.register("register_workspace_menu_item")
def deadline_item() -> MenuItem:
    return PermittedMenuItem(
        "Hạn nộp", reverse("workspace:deadlines"), icon_name="date", order=400, allowed=can_follow
    )


workspace_menu = Menu(register_hook_name="register_workspace_menu_item")


@hooks.register("register_admin_menu_item")
def register_workspace_menu() -> MenuItem:
    return SubmenuMenuItem("Số liệu", workspace_menu, icon_name="table", order=140)
