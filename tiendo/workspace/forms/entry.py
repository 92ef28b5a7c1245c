"""The data entry sheet: one value and one note per target, with the checks of
tiendo.workspace.validation and the confirmation of unusual values."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django import forms

from tiendo.core.services import EnteredValue
from tiendo.vietnamese import NumberError, format_number, parse_number
from tiendo.workspace.queries import EntryRow, EntrySheet
from tiendo.workspace.validation import Issue, check_value

CONFIRM_LABEL = "Xác nhận số liệu bất thường"


@dataclass
class EntryLine:
    row: EntryRow
    value: forms.BoundField | None
    note: forms.BoundField | None
    warnings: list[Issue]

    @property
    def locked(self) -> bool:
        return self.row.current is not None and self.row.current.is_locked


class EntryForm(forms.Form):
    confirm_unusual = forms.BooleanField(label=CONFIRM_LABEL, required=False)

    def __init__(self, *args: Any, sheet: EntrySheet, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sheet = sheet
        self.warnings: dict[int, list[Issue]] = {}
        for row in sheet.rows:
            current = row.current
            if current is not None and current.is_locked:
                continue  # approved: shown, not editable
            pk = row.target.pk
            self.fields[f"value_{pk}"] = forms.CharField(
                label=f"Giá trị: {row.target.indicator}",
                required=False,
                initial=format_number(current.value) if current else "",
                widget=forms.TextInput(attrs={"inputmode": "decimal", "class": "ws-number"}),
            )
            self.fields[f"note_{pk}"] = forms.CharField(
                label=f"Ghi chú: {row.target.indicator}",
                required=False,
                initial=current.note if current else "",
                max_length=2000,
            )

    def lines(self) -> list[EntryLine]:
        lines = []
        for row in self.sheet.rows:
            pk = row.target.pk
            editable = f"value_{pk}" in self.fields
            lines.append(
                EntryLine(
                    row=row,
                    value=self[f"value_{pk}"] if editable else None,
                    note=self[f"note_{pk}"] if editable else None,
                    warnings=self.warnings.get(pk, []),
                )
            )
        return lines

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        parsed: dict[int, float | None] = {}
        for row in self.sheet.rows:
            pk = row.target.pk
            name = f"value_{pk}"
            if name not in self.fields:
                continue
            text = (cleaned.get(name) or "").strip()
            if not text:
                parsed[pk] = None
                continue
            try:
                value = parse_number(text)
            except NumberError as error:
                self.add_error(name, error.message_vi)
                continue
            parsed[pk] = value
            last_year = row.last_year.value if row.last_year else None
            issues = check_value(
                value,
                unit=row.target.unit,
                indicator=row.target.indicator,
                same_period_last_year=last_year,
            )
            for issue in issues:
                if issue.blocking:
                    self.add_error(name, issue.message_vi)
            unchanged = row.current is not None and row.current.value == value
            warnings = [i for i in issues if not i.blocking]
            if warnings and not unchanged:
                self.warnings[pk] = warnings
        if self.warnings and not cleaned.get("confirm_unusual"):
            self.add_error(
                "confirm_unusual",
                "Có số liệu chênh lệch lớn so với cùng kỳ. Kiểm tra lại; nếu đúng, "
                f"đánh dấu “{CONFIRM_LABEL}” rồi lưu lại.",
            )
        cleaned["parsed"] = parsed
        return cleaned

    def entries(self) -> list[EnteredValue]:
        parsed = self.cleaned_data["parsed"]
        return [
            EnteredValue(
                target=row.target,
                value=parsed[row.target.pk],
                note=(self.cleaned_data.get(f"note_{row.target.pk}") or "").strip(),
            )
            for row in self.sheet.rows
            if row.target.pk in parsed
        ]
