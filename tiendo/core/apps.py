from __future__ import annotations

from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "tiendo.core"
    label = "core"
    verbose_name = "Nghị quyết và chỉ tiêu"

    def ready(self) -> None:
        from tiendo.core.progress import invalidation

        invalidation.connect()
