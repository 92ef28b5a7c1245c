"""The API token screen in the Wagtail admin's account area and menu."""

from __future__ import annotations

from typing import Any

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from tiendo.api import admin_urls


@hooks.register("register_admin_urls")
def register_token_urls() -> list[Any]:
    return [path("khoa-api/", include(admin_urls, namespace="api_tokens"))]


@hooks.register("register_settings_menu_item")
def token_menu_item() -> MenuItem:
    return MenuItem("Khóa truy cập API", reverse("api_tokens:list"), icon_name="key", order=900)
