from __future__ import annotations

from django.apps import AppConfig


class CountersConfig(AppConfig):
    name = "tiendo.counters"
    label = "counters"
    verbose_name = "Bộ đếm hệ thống"
    default_auto_field = "django.db.models.BigAutoField"
