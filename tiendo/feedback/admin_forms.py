"""Forms of the moderation screen: one per action, each feeding one service."""

from __future__ import annotations

from django import forms

from tiendo.core.models import OrgUnit
from tiendo.feedback.models import ANSWER_MAX_LENGTH


class AssignForm(forms.Form):
    unit = forms.ModelChoiceField(
        label="Đơn vị xử lý",
        queryset=OrgUnit.objects.filter(valid_to__isnull=True),
        empty_label="Chọn đơn vị",
        error_messages={"required": "Vui lòng chọn đơn vị xử lý."},
    )


class AnswerForm(forms.Form):
    answer = forms.CharField(
        label="Nội dung trả lời",
        max_length=ANSWER_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 10}),
        error_messages={"required": "Nội dung trả lời không được để trống."},
    )
