"""The right to approve, return and reopen results: `core.approve_result`.

Result lives in core, whose Meta names no such permission, so the workspace adds it
under Result's content type after every migrate (idempotent). The approver role of
tiendo.accounts.roles grants it.
"""

from __future__ import annotations

from typing import Any

APPROVE_CODENAME = "approve_result"
APPROVE_NAME = "Có thể duyệt, trả lại, mở lại số liệu"


def ensure_approve_permission(using: str = "default", **kwargs: Any) -> None:
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType

    content_type, _ = ContentType.objects.db_manager(using).get_or_create(
        app_label="core", model="result"
    )
    Permission.objects.db_manager(using).get_or_create(
        content_type=content_type, codename=APPROVE_CODENAME, defaults={"name": APPROVE_NAME}
    )
