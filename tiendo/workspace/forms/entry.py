"""The data entry sheet: one value and one note per target, with the plausibility
rule of tiendo.core.validation and the confirmation of unusual values.

Each value says what it means (the period alone, or cumulative from January, as
the target is set up), and may be typed at another scale of the target's unit:
"58.300 triệu đồng" for a target in tỷ đồng is shown as "= 58,3 tỷ đồng" and saved
only once the clerk has seen the conversion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from django import forms

from tiendo.core.services import EnteredValue
from tiendo.core.validation import CONFIRM_LABEL, Issue, check_target_value
from tiendo.periods import Period
from tiendo.units import UnitMismatch, into_unit, spelled
from tiendo.vietnamese import NumberError, format_number, parse_number
from tiendo.workspace.queries import EntryRow, EntrySheet
from tiendo.workspace.reporting_periods import basis_label, says_cumulative

__all__ = ["CONFIRM_LABEL", "EntryForm", "EntryLine", "TypedValue", "read_typed_value"]

# "58.300 triệu đồng", "1,2 km²", "-2,5": the number, then what it counts.
_NUMBER_THEN_UNIT = re.compile(r"^\s*([-+]?\s*[\d.,\s\u00a0]*\d)\s*(.*?)\s*$")


@dataclass(frozen=True)
class TypedValue:
    value: float
    # "58.300 triệu đồng = 58,3 tỷ đồng" when typed at another scale; "" otherwise.
    conversion: str = ""


def read_typed_value(text: str, target_unit: str) -> TypedValue:
    """The value typed in a cell, in the target's unit. Raises NumberError or
    UnitMismatch (with a Vietnamese message on the form)."""
    found = _NUMBER_THEN_UNIT.match(text)
    if found is None:
        raise NumberError(text)
    number = parse_number(found.group(1))
    unit = found.group(2)
    if not unit or spelled(unit) == spelled(target_unit):
        return TypedValue(number)
    if not target_unit.strip():
        raise UnitMismatch(unit)
    converted = into_unit(number, unit, target_unit)
    assert converted is not None
    if converted == number:
        return TypedValue(number)
    return TypedValue(
        converted,
        f"{format_number(number)} {unit} = {format_number(converted)} {target_unit}",
    )


@dataclass
class EntryLine:
    row: EntryRow
    value: forms.BoundField | None
    note: forms.BoundField | None
    warnings: list[Issue]
    conversion: str = ""

    @property
    def locked(self) -> bool:
        return self.row.current is not None and self.row.current.is_locked

    @property
    def meaning(self) -> str:
        """ "lũy kế từ đầu năm (6 tháng đầu năm 2022)" or "trong kỳ (quý II năm 2022)"."""
        return basis_label(self.row.period)


class EntryForm(forms.Form):
    confirm_unusual = forms.BooleanField(label=CONFIRM_LABEL, required=False)

    def __init__(self, *args: Any, sheet: EntrySheet, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sheet = sheet
        self.warnings: dict[int, list[Issue]] = {}
        self.conversions: dict[int, str] = {}
        for row in sheet.rows:
            current = row.current
            if current is not None and current.is_locked:
                continue  # approved: shown, not editable
            pk = row.target.pk
            meaning = basis_label(row.period)
            self.fields[f"value_{pk}"] = forms.CharField(
                label=f"Giá trị {meaning}: {row.target.indicator}",
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
            # The text whose conversion the clerk was shown: saved when it is unchanged.
            self.fields[f"seen_{pk}"] = forms.CharField(required=False, widget=forms.HiddenInput)

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
                    conversion=self.conversions.get(pk, ""),
                )
            )
        return lines

    def _read(self, row: EntryRow, name: str, text: str) -> TypedValue | None:
        try:
            return read_typed_value(text, row.target.unit)
        except NumberError as error:
            self.add_error(name, error.message_vi)
        except UnitMismatch:
            self.add_error(
                name,
                f"Đơn vị tính đã gõ không đổi được sang đơn vị của chỉ tiêu "
                f"(“{row.target.unit or 'chưa có'}”). Chỉ gõ số, hoặc số kèm đơn vị cùng loại.",
            )
        return None

    def _check_meaning(self, row: EntryRow, name: str, note: str) -> None:
        """A note saying "lũy kế 6 tháng" on a value the sheet takes as the period alone
        would be added to the quarters before it: refuse rather than ignore it."""
        if says_cumulative(note) and not row.period.is_cumulative:
            cumulative = Period(row.period.year, 1, row.period.to_month)
            self.add_error(
                name,
                "Ghi chú nói đây là số lũy kế, nhưng chỉ tiêu này nhập số "
                f"{basis_label(row.period)}. "
                f"Hãy nhập số riêng của kỳ, hoặc chọn kỳ “{cumulative.label_vi()}”.",
            )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        parsed: dict[int, float | None] = {}
        unseen = False
        for row in self.sheet.rows:
            pk = row.target.pk
            name = f"value_{pk}"
            if name not in self.fields:
                continue
            text = (cleaned.get(name) or "").strip()
            if not text:
                parsed[pk] = None
                continue
            self._check_meaning(row, name, cleaned.get(f"note_{pk}") or "")
            typed = self._read(row, name, text)
            if typed is None:
                continue
            parsed[pk] = typed.value
            if typed.conversion:
                self.conversions[pk] = typed.conversion
                unseen |= (cleaned.get(f"seen_{pk}") or "").strip() != text
            issues = check_target_value(
                row.target,
                typed.value,
                row.period,
                previous=row.previous.value if row.previous else None,
                previous_period=row.previous_period,
                same_period_last_year=row.last_year.value if row.last_year else None,
            )
            for issue in issues:
                if issue.blocking:
                    self.add_error(name, issue.message_vi)
            unchanged = row.current is not None and row.current.value == typed.value
            warnings = [i for i in issues if not i.blocking]
            if warnings and not unchanged:
                self.warnings[pk] = warnings
        if unseen:
            self.add_error(
                None,
                "Đã quy đổi số liệu sang đơn vị tính của chỉ tiêu (xem dưới mỗi ô). "
                "Kiểm tra lại rồi bấm lưu một lần nữa.",
            )
        if self.warnings and not cleaned.get("confirm_unusual"):
            self.add_error(
                "confirm_unusual",
                "Có số liệu bất thường so với kỳ trước, cùng kỳ năm trước hoặc kế hoạch. "
                f"Kiểm tra lại; nếu đúng, đánh dấu “{CONFIRM_LABEL}” rồi lưu lại.",
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
                period=row.period,
            )
            for row in self.sheet.rows
            if row.target.pk in parsed
        ]
