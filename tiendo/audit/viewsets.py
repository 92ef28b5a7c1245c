"""The "Nhật ký thay đổi" listing in the Wagtail admin: read-only, filterable by kind
of data, user and action, with an inspect page showing values before and after."""

from __future__ import annotations

from typing import Any

from django.utils.html import format_html, format_html_join
from wagtail.admin.views.generic import InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from tiendo.audit.models import AuditEntry


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Entries are written by signals only: nobody adds, edits or deletes them here."""

    def user_has_permission(self, user: Any, action: str) -> bool:
        if action in ("add", "change", "delete"):
            return False
        return bool(super().user_has_permission(user, action))

    def users_with_any_permission(self, actions: Any) -> Any:
        allowed = [a for a in actions if a not in ("add", "change", "delete")]
        if not allowed:
            return self.auth_model._default_manager.none()
        return super().users_with_any_permission(allowed)


class AuditInspectView(InspectView):
    def get_changes_table_display_value(self) -> str:
        """Before and after side by side; format_html escapes every value."""
        entry = self.object
        rows = format_html_join(
            "",
            "<tr><th scope='row'>{}</th><td>{}</td><td>{}</td></tr>",
            (
                (entry.field_label(name), entry.field_value(name, a), entry.field_value(name, b))
                for name, a, b in entry.changes
            ),
        )
        return format_html(
            "<table class='listing'><thead><tr><th>Trường</th><th>Trước</th><th>Sau</th></tr>"
            "</thead><tbody>{}</tbody></table>",
            rows,
        )


class AuditEntryViewSet(ModelViewSet):
    model = AuditEntry
    icon = "history"
    menu_label = "Nhật ký thay đổi"
    menu_name = "nhat-ky-thay-doi"
    url_prefix = "nhat-ky"
    add_to_admin_menu = True
    menu_order = 850
    list_display = ["when", "who", "model", "object_repr", "description", "changed_summary"]
    list_filter = ["model", "action", "user"]
    search_fields = ["object_repr", "reason", "user_name"]
    inspect_view_enabled = True
    inspect_view_class = AuditInspectView
    inspect_view_fields = [
        "when",
        "who",
        "model",
        "object_id",
        "object_repr",
        "description",
        "reason",
        "changes_table",
    ]
    copy_view_enabled = False
    # Never shown (nobody may add or edit), but Wagtail builds the form class anyway.
    form_fields = ["reason"]
    list_per_page = 50

    def get_queryset(self, request: Any) -> Any:
        return AuditEntry.objects.select_related("user")


register_permission_policy(AuditEntry, ReadOnlyPolicy(AuditEntry))
audit_viewset = AuditEntryViewSet("audit_entries")
