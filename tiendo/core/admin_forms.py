"""The admin's form for results: the same rules as the workspace. An approved value
is locked (it is reopened, with a reason, on the review screen), and a result is
given only a unit in the staff member's charge (another unit's result does not
reach this form: its edit page answers 404)."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from wagtail.admin.forms import WagtailAdminModelForm

from tiendo.core.scope import units_in_charge


class ResultAdminForm(WagtailAdminModelForm):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.for_user is not None and "org_unit" in self.fields:
            field = self.fields["org_unit"]
            field.queryset = units_in_charge(self.for_user)  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        cleaned: dict[str, Any] = super().clean()
        saved = self.instance
        if saved.pk is None:
            return cleaned
        if saved.is_locked:
            raise ValidationError(
                "Số liệu đã được duyệt nên không sửa được. Mở lại ở màn hình «Duyệt số liệu» "
                "(ghi rõ lý do) rồi sửa."
            )
        return cleaned
