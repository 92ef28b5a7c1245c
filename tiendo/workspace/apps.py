from __future__ import annotations

from django.apps import AppConfig


class WorkspaceConfig(AppConfig):
    name = "tiendo.workspace"
    label = "workspace"
    verbose_name = "Số liệu"
