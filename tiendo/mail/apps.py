from __future__ import annotations

from django.apps import AppConfig


class MailConfig(AppConfig):
    name = "tiendo.mail"
    label = "mail"
    verbose_name = "Thư điện tử"
    default_auto_field = "django.db.models.BigAutoField"
