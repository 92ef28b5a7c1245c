"""The outbox in the Wagtail admin ("Thư đi"): read-only, filterable by kind and state,
so an administrator can see what went, what waits and why a send failed."""

from __future__ import annotations

from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from tiendo.audit.viewsets import ReadOnlyPolicy
from tiendo.mail.models import Message


class MessageViewSet(ModelViewSet):
    model = Message
    icon = "mail"
    menu_label = "Thư đi"
    menu_name = "thu-di"
    url_prefix = "thu-di"
    add_to_settings_menu = True
    list_display = ["created_at", "kind", "to", "subject", "state", "attempts", "sent_at"]
    list_filter = ["kind", "state"]
    search_fields = ["to", "subject"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "created_at", "kind", "to", "subject", "body", "state", "attempts", "last_error",
        "sent_at",
    ]  # fmt: skip
    copy_view_enabled = False
    # Never shown (nobody may add or edit), but Wagtail builds the form class anyway.
    form_fields = ["subject"]
    list_per_page = 50


register_permission_policy(Message, ReadOnlyPolicy(Message))
message_viewset = MessageViewSet("mail_messages")
