"""The choice at the top of the entry and deadline screens: which period, which unit."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils import timezone

from tiendo.core.models import OrgUnit
from tiendo.core.models.choices import ResultKind
from tiendo.periods import Period

PERIOD_PARTS = [
    *[(f"M{m}", f"Tháng {m}") for m in range(1, 13)],
    ("Q1", "Quý I"),
    ("Q2", "Quý II"),
    ("Q3", "Quý III"),
    ("Q4", "Quý IV"),
    ("6M", "6 tháng đầu năm"),
    ("9M", "9 tháng"),
    ("", "Cả năm"),
]


def default_part(today: Any) -> str:
    """The quarter under way: what a unit most often reports on."""
    return f"Q{(today.month - 1) // 3 + 1}"


class PeriodSelectionForm(forms.Form):
    nam = forms.IntegerField(label="Năm", min_value=2000, max_value=2100)
    ky = forms.ChoiceField(label="Kỳ báo cáo", choices=PERIOD_PARTS, required=False)
    don_vi = forms.ModelChoiceField(
        label="Đơn vị", queryset=OrgUnit.objects.order_by("kind", "name"), required=False
    )
    loai = forms.ChoiceField(
        label="Loại số liệu", choices=ResultKind.choices, initial=ResultKind.ESTIMATE
    )

    def __init__(
        self,
        *args: Any,
        choose_unit: bool = True,
        with_kind: bool = True,
        units: QuerySet[OrgUnit] | None = None,
        **kwargs: Any,
    ):
        super().__init__(*args, **kwargs)
        if not choose_unit:
            del self.fields["don_vi"]
        elif units is not None:
            self.fields["don_vi"].queryset = units.order_by("kind", "name")
        if not with_kind:
            del self.fields["loai"]

    @classmethod
    def from_query(cls, query: Any, **kwargs: Any) -> PeriodSelectionForm:
        today = timezone.localdate()
        data = {
            "nam": query.get("nam") or today.year,
            "ky": query.get("ky", default_part(today)),
            "don_vi": query.get("don_vi") or None,
            "loai": query.get("loai") or ResultKind.ESTIMATE,
        }
        return cls(data, **kwargs)

    def period(self) -> Period:
        year = self.cleaned_data["nam"]
        part = self.cleaned_data.get("ky") or ""
        return Period.parse(f"{year}-{part}" if part else str(year))
