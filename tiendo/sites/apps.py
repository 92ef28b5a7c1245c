from __future__ import annotations

from django.apps import AppConfig


class SitesConfig(AppConfig):
    name = "tiendo.sites"
    label = "tiendo_sites"
    verbose_name = "Cổng của các đơn vị"
