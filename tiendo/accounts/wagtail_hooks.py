"""Accounts in the Wagtail admin: the staff profiles (who reports for which unit) under
Settings, and a menu link to each user's own two-factor page."""

from __future__ import annotations

from django.urls import reverse_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet

from tiendo.accounts.models import StaffProfile


class StaffProfileViewSet(ModelViewSet):
    model = StaffProfile
    icon = "user"
    menu_label = "Hồ sơ cán bộ"
    add_to_settings_menu = True
    copy_view_enabled = False
    form_fields = ["user", "org_unit", "job_title"]
    list_display = ["user", "org_unit", "job_title"]
    list_filter = ["org_unit"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "job_title"]
    search_backend_name = None  # plain database filtering: profiles are not indexed
    ordering = ["user__username"]


@hooks.register("register_admin_viewset")
def register_staff_profiles() -> StaffProfileViewSet:
    return StaffProfileViewSet("ho-so-can-bo")


@hooks.register("register_admin_menu_item")
def register_two_factor_link() -> MenuItem:
    return MenuItem(
        "Xác thực hai bước",
        reverse_lazy("accounts:two_factor"),
        icon_name="key",
        order=10_000,
    )
