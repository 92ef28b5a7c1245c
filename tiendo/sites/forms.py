from __future__ import annotations

from django import forms

from tiendo.core.models import OrgUnit
from tiendo.sites.services import SiteError, normalized_hostname


class AddSiteForm(forms.Form):
    unit = forms.ModelChoiceField(
        label="Đơn vị",
        queryset=OrgUnit.objects.filter(
            kind__in=[OrgUnit.Kind.PROVINCE, OrgUnit.Kind.COMMUNE, OrgUnit.Kind.DISTRICT],
            portal_settings__isnull=True,
        ).order_by("kind", "name"),
        help_text="Tỉnh, xã, phường chưa có cổng.",
    )
    hostname = forms.CharField(
        label="Tên miền", max_length=253, help_text="Ví dụ: xa-a.laocai.gov.vn"
    )
    port = forms.IntegerField(label="Cổng mạng", min_value=1, max_value=65535, initial=80)

    def clean_hostname(self) -> str:
        try:
            return normalized_hostname(self.cleaned_data["hostname"])
        except SiteError as error:
            raise forms.ValidationError(str(error)) from error
