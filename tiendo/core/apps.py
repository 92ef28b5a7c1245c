from __future__ import annotations

from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "tiendo.core"
    label = "core"
    verbose_name = "Nghị quyết và chỉ tiêu"
