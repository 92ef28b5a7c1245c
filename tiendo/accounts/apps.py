from __future__ import annotations

from django.apps import AppConfig
from django.db.models.signals import post_migrate


class AccountsConfig(AppConfig):
    name = "tiendo.accounts"
    label = "accounts"
    verbose_name = "Tài khoản cán bộ"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from tiendo.accounts.role_sync import sync_roles_after_migrate

        post_migrate.connect(sync_roles_after_migrate, dispatch_uid="tiendo.accounts.sync_roles")
