"""The admin's chrome: tiendo's guide in the Help menu in place of Wagtail's online
pages (the network may be closed), and the guide's URL."""

from __future__ import annotations

from typing import Any

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from tiendo.adminui import views

# Help menu items that open Wagtail's website.
OUTSIDE_HELP_ITEMS = ("editor-guide", "whats-new-in-wagtail-")


@hooks.register("register_admin_urls")
def register_guide_url() -> list[Any]:
    return [path("huong-dan/", views.guide, name="adminui_guide")]


@hooks.register("construct_help_menu")
def keep_help_inside(request: Any, menu_items: list[MenuItem]) -> None:
    menu_items[:] = [item for item in menu_items if not item.name.startswith(OUTSIDE_HELP_ITEMS)]
    menu_items.insert(
        0, MenuItem("Hướng dẫn sử dụng", reverse("adminui_guide"), icon_name="help", order=900)
    )


@hooks.register("construct_homepage_panels")
def add_role_panels(request: Any, panels: list[Any]) -> None:
    from tiendo.adminui.panels import panels_for

    panels.extend(panels_for(request.user))
