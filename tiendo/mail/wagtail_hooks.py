from __future__ import annotations

from typing import Any

from wagtail import hooks

from tiendo.mail.viewsets import message_viewset


@hooks.register("register_admin_viewset")
def register_outbox() -> Any:
    return message_viewset
