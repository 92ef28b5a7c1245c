"""The two forms of the import screen: the source (file or pasted text), and one
decision per figure read from it (accept, edit or reject)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from typing import Any

from django import forms
from django.conf import settings
from django.db.models import QuerySet

from tiendo.core.models import Document, OrgUnit, Resolution, Target
from tiendo.core.models.choices import ResultKind
from tiendo.core.services import AcceptedFigure
from tiendo.units import UnitMismatch, into_unit
from tiendo.vietnamese import NumberError, parse_number
from tiendo.workspace.forms.period_field import PeriodChoiceField
from tiendo.workspace.importing import MODE_AUTO, MODE_CHOICES, MODE_TARGETS
from tiendo.workspace.reading import ACCEPTED_EXTENSIONS
from tiendo.workspace.reporting_periods import parse_code, period_choices


class ImportSourceForm(forms.Form):
    file = forms.FileField(
        label="Tệp văn bản",
        required=False,
        help_text="docx, pdf, html, txt hoặc ảnh quét, ảnh chụp (pdf, png, jpg, tif).",
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(ACCEPTED_EXTENSIONS)}),
    )
    text = forms.CharField(
        label="Hoặc dán nội dung", required=False, widget=forms.Textarea(attrs={"rows": 10})
    )
    title = forms.CharField(
        label="Trích yếu, tiêu đề",
        required=False,
        max_length=500,
        help_text="Để trống thì lấy dòng đầu của văn bản.",
    )
    kind = forms.ChoiceField(
        label="Loại văn bản", choices=Document.Kind.choices, initial=Document.Kind.REPORT
    )
    mode = forms.ChoiceField(label="Dùng số liệu để", choices=MODE_CHOICES, initial=MODE_AUTO)
    unit = forms.ModelChoiceField(
        label="Đơn vị báo cáo", queryset=OrgUnit.objects.order_by("kind", "name"), required=False
    )
    resolution = forms.ModelChoiceField(
        label="Nghị quyết (khi thêm chỉ tiêu mới)",
        queryset=Resolution.objects.order_by("-issued_on"),
        required=False,
    )
    year = forms.IntegerField(
        label="Năm của số liệu",
        required=False,
        min_value=2000,
        max_value=2100,
        help_text="Dùng khi văn bản không nêu năm.",
    )

    def __init__(
        self,
        *args: Any,
        choose_unit: bool = True,
        units: QuerySet[OrgUnit] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        if not choose_unit:
            del self.fields["unit"]
        elif units is not None:
            self.fields["unit"].queryset = units.order_by("kind", "name")

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        upload = cleaned.get("file")
        text = (cleaned.get("text") or "").strip()
        if upload and text:
            raise forms.ValidationError("Chỉ chọn một trong hai: tải tệp lên hoặc dán nội dung.")
        if not upload and not text:
            raise forms.ValidationError("Hãy tải tệp lên hoặc dán nội dung văn bản.")
        limit = getattr(settings, "TIENDO_MAX_UPLOAD_BYTES", 20 * 1024 * 1024)
        if upload and upload.size > limit:
            self.add_error("file", f"Tệp quá lớn (tối đa {limit // (1024 * 1024)} MB).")
        if cleaned.get("mode") == MODE_TARGETS and not cleaned.get("resolution"):
            self.add_error("resolution", "Chọn nghị quyết để thêm chỉ tiêu mới.")
        return cleaned


class FigureDecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label="Xử lý",
        choices=[("accept", "Nhận"), ("reject", "Bỏ qua")],
        widget=forms.RadioSelect,
    )
    target = forms.ChoiceField(label="Chỉ tiêu", required=False)
    value = forms.CharField(label="Giá trị", required=False)
    unit = forms.CharField(label="Đơn vị tính", required=False, max_length=64)
    kind = forms.ChoiceField(label="Loại", choices=ResultKind.choices, required=False)
    period = PeriodChoiceField(label="Kỳ", required=False)
    indicator = forms.CharField(label="Tên chỉ tiêu", required=False, max_length=500)
    # Carried from the reading step: where the figure is, and what came with it.
    start = forms.IntegerField(widget=forms.HiddenInput, min_value=0)
    end = forms.IntegerField(widget=forms.HiddenInput, min_value=0)
    clause_start = forms.IntegerField(widget=forms.HiddenInput, min_value=0)
    clause_end = forms.IntegerField(widget=forms.HiddenInput, min_value=0)
    comparisons = forms.JSONField(widget=forms.HiddenInput, required=False)
    value_max = forms.FloatField(widget=forms.HiddenInput, required=False)
    bound = forms.CharField(widget=forms.HiddenInput, required=False)
    score = forms.FloatField(widget=forms.HiddenInput, required=False)
    figure_kind = forms.CharField(widget=forms.HiddenInput, required=False)
    confidence = forms.FloatField(
        widget=forms.HiddenInput, required=False, min_value=0, max_value=1
    )
    # Why no target was proposed though one came close (its unit differs).
    hint = forms.CharField(widget=forms.HiddenInput, required=False, max_length=500)

    def __init__(
        self,
        *args: Any,
        targets: dict[str, Target],
        mode: str,
        text_length: int,
        years: Iterable[int] = (),
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        period_field = self.fields["period"]
        assert isinstance(period_field, PeriodChoiceField)
        period_field.choices = period_choices(years)
        code = self["period"].value()
        if code:
            # A code that does not parse is refused by the field with its message.
            with contextlib.suppress(ValueError):
                period_field.offer(parse_code(str(code)))
        self.targets = targets
        self.mode = mode
        self.text_length = text_length
        self.fields["target"].choices = [("", "— Chưa chọn —")] + [
            (key, f"{t.ordinal}. {t.indicator} ({t.unit})" if t.ordinal else t.indicator)
            for key, t in targets.items()
        ]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        for name in ("start", "end", "clause_start", "clause_end"):
            if (cleaned.get(name) or 0) > self.text_length:
                raise forms.ValidationError("Vị trí số liệu không khớp với văn bản.")
        if cleaned.get("decision") != "accept":
            return cleaned
        text = (cleaned.get("value") or "").strip()
        try:
            cleaned["parsed_value"] = parse_number(text) if text else None
        except NumberError as error:
            self.add_error("value", error.message_vi)
        if cleaned.get("period") is None:
            if "period" not in self.errors:
                self.add_error("period", "Chọn kỳ của số liệu (ví dụ Quý I/2022).")
        else:
            cleaned["parsed_period"] = cleaned["period"]
        if self.mode == MODE_TARGETS:
            if not (cleaned.get("indicator") or "").strip():
                self.add_error("indicator", "Cần tên chỉ tiêu.")
        else:
            if not cleaned.get("target"):
                self.add_error("target", "Chọn chỉ tiêu mà số liệu này báo cáo.")
            if cleaned.get("parsed_value") is None and "value" not in self.errors:
                self.add_error("value", "Cần giá trị.")
            if not cleaned.get("kind"):
                self.add_error("kind", "Chọn loại số liệu.")
            self._check_unit(cleaned)
        comparisons = cleaned.get("comparisons") or []
        if not isinstance(comparisons, list) or not all(
            isinstance(c, dict) and {"basis", "measure", "percent"} <= set(c) for c in comparisons
        ):
            raise forms.ValidationError("Dữ liệu so sánh không hợp lệ.")
        return cleaned

    def _check_unit(self, cleaned: dict[str, Any]) -> None:
        """A unit the target's does not convert to is refused here, on the review, not
        skipped after the document is saved."""
        target = self.targets.get(cleaned.get("target") or "")
        unit = (cleaned.get("unit") or "").strip()
        if target is None or not unit:
            return
        try:
            into_unit(1.0, unit, target.unit)
        except UnitMismatch:
            self.add_error(
                "unit",
                f"Đơn vị tính “{unit}” khác đơn vị của chỉ tiêu (“{target.unit}”). Nếu đúng là "
                "cùng một đại lượng (ví dụ quần chúng được kết nạp là đảng viên mới), sửa đơn "
                "vị cho khớp; nếu không, chọn chỉ tiêu khác hoặc bỏ qua số liệu.",
            )

    def accepted(self, text: str) -> AcceptedFigure | None:
        data = self.cleaned_data
        if data.get("decision") != "accept":
            return None
        target = self.targets.get(data.get("target") or "") if self.mode != MODE_TARGETS else None
        start, end = data["clause_start"], data["clause_end"]
        if end <= start:
            start, end = data["start"], data["end"]
        return AcceptedFigure(
            value=data.get("parsed_value"),
            value_max=data.get("value_max"),
            unit=(data.get("unit") or "").strip(),
            bound=data.get("bound") or "",
            kind=data.get("kind") or "actual",
            period=data["parsed_period"],
            source_start=start,
            source_end=end,
            source_text=text[start:end],
            target=target,
            indicator=(data.get("indicator") or "").strip(),
            comparisons=data.get("comparisons") or [],
            lead_in=text[max(0, data["start"] - 40) : data["start"]],
        )


FigureFormSet = forms.formset_factory(FigureDecisionForm, extra=0)
