from __future__ import annotations

from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "tiendo.audit"
    label = "audit"
    verbose_name = "Nhật ký thay đổi"

    def ready(self) -> None:
        from tiendo.audit import signals

        signals.connect()
