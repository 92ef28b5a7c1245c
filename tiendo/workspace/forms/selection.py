"""The choice at the top of the entry and deadline screens: which period, which unit.

The period is one selector ("Quý I/2022"), the same as on the import review and the
report export. Without a choice the screen opens on the latest period that has data,
not on the quarter under way, which is often still empty.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet

from tiendo.core.models import OrgUnit
from tiendo.core.models.choices import ResultKind
from tiendo.periods import Period
from tiendo.workspace.forms.period_field import PeriodChoiceField
from tiendo.workspace.queries import data_years, latest_period_code
from tiendo.workspace.reporting_periods import parse_code


def _legacy_code(query: Any) -> str:
    """Links written before the single selector: ?nam=2022&ky=Q1 (ky blank: the year)."""
    year, part = query.get("nam"), (query.get("ky") or "").strip()
    if year and not part:
        code = str(year)
    elif year and "-" not in part:
        code = f"{year}-{part}"
    else:
        code = part
    try:
        return parse_code(code).code()  # one spelling per period: "2022-6M" is "2022-H1"
    except ValueError:
        return code  # refused by the field, with its message


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
        data = {
            "ky": _legacy_code(query) or latest_period_code(units),
            "don_vi": query.get("don_vi") or None,
            "loai": query.get("loai") or ResultKind.ESTIMATE,
        }
        return cls(data, units=units, **kwargs)

    def period(self) -> Period:
        period: Period = self.cleaned_data["ky"]
        return period
