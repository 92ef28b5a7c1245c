from __future__ import annotations

from typing import Any

from wagtail import hooks

from tiendo.audit.viewsets import audit_viewset


@hooks.register("register_admin_viewset")
def register_audit_viewset() -> Any:
    return audit_viewset
