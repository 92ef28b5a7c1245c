from __future__ import annotations

import json
from typing import Any

from django.apps import apps
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import timezone

from tiendo.vietnamese import format_number

# (state before, state after) -> what the step is called; None: from any state.
REVIEW_STEPS = {
    (None, "submitted"): "Gửi duyệt",
    ("submitted", "approved"): "Duyệt",
    (None, "returned"): "Trả lại",
    ("approved", "draft"): "Mở lại",
}


class AuditEntry(models.Model):
    """One change to a target, result or baseline: who, when, and the values before
    and after. Written by the signals in tiendo.audit.signals, never edited."""

    class Action(models.TextChoices):
        CREATE = "create", "Tạo mới"
        UPDATE = "update", "Sửa"
        DELETE = "delete", "Xóa"

    class ModelName(models.TextChoices):
        TARGET = "core.target", "Chỉ tiêu"
        RESULT = "core.result", "Số liệu"
        BASELINE = "core.baseline", "Mức so sánh"

    at = models.DateTimeField("thời điểm", default=timezone.now, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người thực hiện",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Kept as text too, so the log still names the person after the account is deleted.
    user_name = models.CharField("tên người thực hiện", max_length=150, blank=True)
    model = models.CharField("loại dữ liệu", max_length=64, choices=ModelName.choices)
    object_id = models.CharField("mã bản ghi", max_length=64)
    object_repr = models.CharField("bản ghi", max_length=255, blank=True)
    action = models.CharField("thao tác", max_length=8, choices=Action.choices)
    before = models.JSONField("trước", null=True, blank=True)
    after = models.JSONField("sau", null=True, blank=True)
    changed_fields = models.JSONField("trường thay đổi", default=list, blank=True)
    reason = models.TextField("lý do", blank=True)

    class Meta:
        verbose_name = "nhật ký thay đổi"
        verbose_name_plural = "nhật ký thay đổi"
        ordering = ["-at", "-id"]
        indexes = [
            models.Index(fields=["model", "object_id", "-at"], name="audit_object"),
            models.Index(fields=["user", "-at"], name="audit_user"),
        ]
        default_permissions = ("view",)

    def __str__(self) -> str:
        return f"{self.get_action_display()} {self.get_model_display()} #{self.object_id}"

    def when(self) -> str:
        """The time in Vietnamese notation (22/11/2026 19:56), in the local time zone."""
        return timezone.localtime(self.at).strftime("%d/%m/%Y %H:%M")

    when.short_description = "thời điểm"  # type: ignore[attr-defined]

    def who(self) -> str:
        return self.user_name or "Hệ thống (không qua tài khoản)"

    who.short_description = "người thực hiện"  # type: ignore[attr-defined]

    def _field(self, name: str) -> Any:
        try:
            return apps.get_model(self.model)._meta.get_field(name)
        except (LookupError, ValueError, FieldDoesNotExist):
            return None

    def field_label(self, name: str) -> str:
        """The field's Vietnamese name ("giá trị" for value), or its code if gone."""
        field = self._field(name)
        return str(field.verbose_name) if field is not None else name

    def field_value(self, name: str, value: Any) -> str:
        """A stored value as people read it: 455,6 and 1.650 for numbers, "Đã gửi" for
        the state "submitted"."""
        field = self._field(name)
        choices = dict(field.flatchoices) if field is not None and field.choices else {}
        if isinstance(value, str | int) and value in choices:
            return str(choices[value])
        return shown(value)

    def description(self) -> str:
        """What was done, in the words of the office: a change of a result's review
        state reads "Gửi duyệt", "Duyệt", "Trả lại" or "Mở lại", not "Sửa"."""
        if self.action == self.Action.UPDATE and "review_state" in self.changed_fields:
            before = (self.before or {}).get("review_state")
            after = (self.after or {}).get("review_state")
            step = REVIEW_STEPS.get((before, after)) or REVIEW_STEPS.get((None, after))
            if step:
                return step
        return str(self.get_action_display())

    description.short_description = "thao tác"  # type: ignore[attr-defined]

    def changed_summary(self) -> str:
        """Which fields changed, in one line, for the listing."""
        labels = [self.field_label(name) for name in self.changed_fields[:6]]
        return ", ".join(labels) + ("…" if len(self.changed_fields) > 6 else "")

    changed_summary.short_description = "trường thay đổi"  # type: ignore[attr-defined]

    def changes_table(self) -> str:
        """Every changed field as "field: before → after", separated by semicolons."""
        return "; ".join(
            f"{self.field_label(name)}: {self.field_value(name, old)} → "
            f"{self.field_value(name, new)}"
            for name, old, new in self.changes
        )

    changes_table.short_description = "trước → sau"  # type: ignore[attr-defined]

    @property
    def changes(self) -> list[tuple[str, object, object]]:
        """(field, before, after) for each changed field, for the listing."""
        before = self.before or {}
        after = self.after or {}
        return [(name, before.get(name), after.get(name)) for name in self.changed_fields]


def shown(value: Any) -> str:
    """A stored value as the log shows it: 1.234,5 for numbers, (trống) for nothing."""
    if value is None or value == "":
        return "(trống)"
    if isinstance(value, float):
        return format_number(value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)
