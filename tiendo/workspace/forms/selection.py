"""The choice at the top of the entry and deadline screens: which period, which unit.

The period is one selector ("Quý I/2022"), the same as on the import review and the
report export. Without a choice the screen opens on the latest period that has data,
not on the quarter under way, which is often still empty.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils import timezone

from tiendo.core.models import OrgUnit
from tiendo.core.models.choices import ResultKind
from tiendo.periods import Period
from tiendo.workspace.forms.period_field import PeriodChoiceField
from tiendo.workspace.queries import data_years, latest_period_with_data


def current_quarter(today: Any) -> Period:
    quarter = (today.month - 1) // 3 + 1
    return Period(today.year, 3 * quarter - 2, 3 * quarter)


def _legacy_code(query: Any) -> str:
    """Links written before the single selector: ?nam=2022&ky=Q1 (ky blank: the year)."""
    year, part = query.get("nam"), (query.get("ky") or "").strip()
    if not year:
        return part
    if part and "-" not in part and not part.isdigit():
        return f"{year}-{part}"
    return part or str(year)


class PeriodSelectionForm(forms.Form):
    ky = PeriodChoiceField(label="Kỳ báo cáo", years=data_years)
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
    def from_query(
        cls, query: Any, *, units: QuerySet[OrgUnit] | None = None, **kwargs: Any
    ) -> PeriodSelectionForm:
        code = _legacy_code(query)
        if not code:
            latest = latest_period_with_data(units)
            code = (latest or current_quarter(timezone.localdate())).code()
        data = {
            "ky": code,
            "don_vi": query.get("don_vi") or None,
            "loai": query.get("loai") or ResultKind.ESTIMATE,
        }
        return cls(data, units=units, **kwargs)

    def period(self) -> Period:
        period: Period = self.cleaned_data["ky"]
        return period
