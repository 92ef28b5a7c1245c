from __future__ import annotations

from django.conf import settings
from django.db import models

from tiendo.core.models.choices import ResultKind, ReviewState
from tiendo.core.models.document import Document
from tiendo.core.models.orgunit import OrgUnit
from tiendo.core.models.target import Target
from tiendo.periods import Period


class Result(models.Model):
    """A reported value of a target for a unit and period, with where it came from:
    a span of a document, or the person who typed it."""

    target = models.ForeignKey(
        Target, verbose_name="chỉ tiêu", on_delete=models.CASCADE, related_name="results"
    )
    org_unit = models.ForeignKey(
        OrgUnit, verbose_name="đơn vị", on_delete=models.PROTECT, related_name="results"
    )
    period_year = models.PositiveSmallIntegerField("năm")
    period_from_month = models.PositiveSmallIntegerField("từ tháng")
    period_to_month = models.PositiveSmallIntegerField("đến tháng")
    kind = models.CharField("loại số liệu", max_length=8, choices=ResultKind.choices)
    value = models.FloatField("giá trị", null=True, blank=True)
    comparisons = models.JSONField(
        "so sánh đã báo cáo",
        default=list,
        blank=True,
        help_text='Danh sách {"basis", "measure", "percent", "basis_text"} như văn bản nêu.',
    )
    source_document = models.ForeignKey(
        Document,
        verbose_name="văn bản nguồn",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="results",
    )
    source_start = models.PositiveIntegerField("vị trí đầu", null=True, blank=True)
    source_end = models.PositiveIntegerField("vị trí cuối", null=True, blank=True)
    source_text = models.TextField("câu nguồn", blank=True)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người nhập",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    review_state = models.CharField(
        "trạng thái duyệt", max_length=16, choices=ReviewState.choices, default=ReviewState.DRAFT
    )
    review_comment = models.TextField("ý kiến duyệt", blank=True)
    note = models.TextField("ghi chú", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "số liệu"
        verbose_name_plural = "số liệu"
        permissions = [("approve_result", "Có thể duyệt số liệu")]
        ordering = ["target", "period_year", "period_to_month", "kind"]
        indexes = [
            models.Index(
                fields=["target", "org_unit", "period_year", "period_to_month"],
                name="result_target_period",
            ),
            models.Index(fields=["org_unit", "period_year"], name="result_unit_year"),
        ]

    def __str__(self) -> str:
        from tiendo.vietnamese import format_number

        value = "—" if self.value is None else format_number(self.value)
        return (
            f"{self.target.indicator} {self.period.label_vi()}: {value} {self.target.unit}".rstrip()
        )

    @property
    def period(self) -> Period:
        return Period(self.period_year, self.period_from_month, self.period_to_month)

    @property
    def is_locked(self) -> bool:
        return self.review_state == ReviewState.APPROVED
