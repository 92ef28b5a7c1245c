from __future__ import annotations

from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "tiendo.portal"
    label = "portal"
    verbose_name = "Cổng thông tin"

    def ready(self) -> None:
        # Registers the receivers that keep search entries and cached pages current.
        from tiendo.portal import signals  # noqa: F401
