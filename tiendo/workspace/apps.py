from __future__ import annotations

from django.apps import AppConfig
from django.db.models.signals import post_migrate


class WorkspaceConfig(AppConfig):
    name = "tiendo.workspace"
    label = "workspace"
    verbose_name = "Số liệu"

    def ready(self) -> None:
        from django.apps import apps

        from tiendo.workspace.permissions import ensure_approve_permission

        # core is migrated first and always has models, so its signal comes early,
        # before tiendo.accounts grants role permissions at the end of the run.
        post_migrate.connect(
            ensure_approve_permission,
            sender=apps.get_app_config("core"),
            dispatch_uid="tiendo-workspace-approve-permission",
        )
