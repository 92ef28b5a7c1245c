from __future__ import annotations

from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "tiendo.portal"
    label = "portal"
    verbose_name = "Cổng thông tin"
