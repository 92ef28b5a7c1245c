from __future__ import annotations

from django.apps import AppConfig


class AdminUIConfig(AppConfig):
    """The Wagtail admin as an office's staff see it: Vietnamese, the agency's name and
    emblem, a guide of its own and a dashboard for each role."""

    name = "tiendo.adminui"
    label = "tiendo_adminui"
    verbose_name = "Giao diện quản trị"

    def ready(self) -> None:
        from tiendo.adminui.wagtail_forms import label_wagtail_forms

        label_wagtail_forms()
