"""The admin form for downloading a report."""

from __future__ import annotations

from django import forms

from tiendo.core.models import Resolution
from tiendo.workspace.forms.period_field import PeriodChoiceField
from tiendo.workspace.queries import data_years, latest_period_code


class ReportForm(forms.Form):
    resolution = forms.ModelChoiceField(
        label="Nghị quyết",
        queryset=Resolution.objects.order_by("-issued_on", "number"),
        empty_label=None,
    )
    # The same selector as the entry and import screens ("Quý I/2022"), opening on the
    # latest period that has data.
    period = PeriodChoiceField(
        label="Kỳ báo cáo",
        years=data_years,
        initial=latest_period_code,
        error_messages={"invalid_choice": "Kỳ không hợp lệ: chọn kỳ trong danh sách."},
    )
    file_format = forms.ChoiceField(
        label="Định dạng", choices=[("docx", "Word (.docx)"), ("xlsx", "Excel (.xlsx)")]
    )
    style = forms.ChoiceField(
        label="Thể thức",
        choices=[
            ("party", "Văn bản của Đảng (Hướng dẫn 36-HD/VPTW)"),
            ("state", "Văn bản hành chính (Nghị định 30/2020/NĐ-CP)"),
        ],
    )
    number = forms.CharField(label="Số văn bản", required=False, help_text="Ví dụ: 15-BC/HU.")
    report_date = forms.DateField(
        label="Ngày ban hành",
        required=False,
        input_formats=["%d/%m/%Y", "%Y-%m-%d"],
        help_text=(
            "Ví dụ 15/04/2022. Để trống: ngày cuối kỳ báo cáo (31/03/2022 cho quý I), "
            "hoặc hôm nay nếu kỳ chưa kết thúc."
        ),
    )
    signer = forms.CharField(label="Người ký", required=False, help_text="Ví dụ: Nguyễn Văn A.")
    signer_title = forms.CharField(
        label="Chức vụ người ký",
        required=False,
        help_text="Ví dụ: PHÓ BÍ THƯ, KT. CHỦ TỊCH; để trống là chức vụ mặc định của thể thức.",
    )
