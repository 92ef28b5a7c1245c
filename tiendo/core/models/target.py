from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from tiendo.core.models.choices import (
    Aggregation,
    Bound,
    Direction,
    PlanKind,
    ReportBasis,
    WeightBy,
)
from tiendo.core.models.document import Document
from tiendo.core.models.orgunit import OrgUnit
from tiendo.core.models.resolution import Resolution
from tiendo.periods import Period


class Target(ClusterableModel):
    """A target (chỉ tiêu) of a resolution: an indicator with its plan for a period."""

    resolution = models.ForeignKey(
        Resolution, verbose_name="nghị quyết", on_delete=models.CASCADE, related_name="targets"
    )
    ordinal = models.CharField("số thứ tự", max_length=16, blank=True)
    sort_order = models.PositiveIntegerField("thứ tự hiển thị", default=0)
    indicator = models.CharField("chỉ tiêu", max_length=500)
    sector = models.CharField(
        "lĩnh vực",
        max_length=128,
        blank=True,
        help_text="Kinh tế, Văn hóa - xã hội, Xây dựng Đảng…",
    )
    unit = models.CharField("đơn vị tính", max_length=64, blank=True)
    direction = models.CharField(
        "chiều đánh giá", max_length=8, choices=Direction.choices, default=Direction.HIGHER
    )
    plan_value = models.FloatField("kế hoạch", null=True, blank=True)
    plan_value_max = models.FloatField(
        "kế hoạch (cận trên)", null=True, blank=True, help_text="Khi chỉ tiêu là một khoảng."
    )
    bound = models.CharField("giới hạn", max_length=8, choices=Bound.choices, blank=True)
    plan_kind = models.CharField(
        "loại kế hoạch",
        max_length=8,
        choices=PlanKind.choices,
        blank=True,
        help_text=(
            "Tăng/giảm so với năm trước: ô kế hoạch ghi mức tăng, giảm (tỷ lệ % tính bằng "
            "điểm %, chỉ tiêu khác bằng % so với năm trước)."
        ),
    )
    plan_base = models.FloatField(
        "mức năm trước",
        null=True,
        blank=True,
        help_text="Khi kế hoạch là mức tăng, giảm mà chưa có số liệu năm trước trong hệ thống.",
    )
    is_qualitative = models.BooleanField("chỉ tiêu định tính", default=False)
    aggregation = models.CharField(
        "cách tổng hợp", max_length=16, choices=Aggregation.choices, default=Aggregation.SUM
    )
    weight_by = models.CharField(
        "trọng số",
        max_length=16,
        choices=WeightBy.choices,
        blank=True,
        help_text="Khi tổng hợp bằng trung bình có trọng số: đơn vị nặng nhẹ theo đại lượng nào.",
    )
    report_basis = models.CharField(
        "số liệu báo cáo",
        max_length=16,
        choices=ReportBasis.choices,
        default=ReportBasis.PERIOD,
        help_text=(
            "Lũy kế: số quý II là cộng dồn 6 tháng và được lưu cho kỳ 6 tháng; "
            "trong kỳ: số riêng của quý, tháng."
        ),
    )
    period_year = models.PositiveSmallIntegerField("năm")
    period_from_month = models.PositiveSmallIntegerField("từ tháng", default=1)
    period_to_month = models.PositiveSmallIntegerField("đến tháng", default=12)
    responsible_units = models.ManyToManyField(
        OrgUnit, verbose_name="đơn vị thực hiện", blank=True, related_name="targets"
    )
    parent = models.ForeignKey(
        "self",
        verbose_name="chỉ tiêu chung",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="parts",
        help_text="Khi chỉ tiêu được giao cho từng đơn vị.",
    )
    org_unit = models.ForeignKey(
        OrgUnit,
        verbose_name="địa bàn",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="own_targets",
        help_text="Đơn vị được giao phần chỉ tiêu này (khi là chỉ tiêu con).",
    )
    # Where the target was read from: a span of the resolution's text.
    source_document = models.ForeignKey(
        Document,
        verbose_name="văn bản nguồn",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="targets_read",
    )
    source_start = models.PositiveIntegerField("vị trí đầu", null=True, blank=True)
    source_end = models.PositiveIntegerField("vị trí cuối", null=True, blank=True)
    notes = models.TextField("ghi chú", blank=True)
    is_illustrative = models.BooleanField("dữ liệu minh họa", default=False)

    class Meta:
        verbose_name = "chỉ tiêu"
        verbose_name_plural = "chỉ tiêu"
        ordering = ["resolution", "sort_order", "id"]
        indexes = [models.Index(fields=["resolution", "sort_order"])]

    def __str__(self) -> str:
        return f"{self.ordinal}. {self.indicator}" if self.ordinal else self.indicator

    @property
    def period(self) -> Period:
        return Period(self.period_year, self.period_from_month, self.period_to_month)

    def clean(self) -> None:
        errors = {}
        if self.plan_kind and self.plan_value is None:
            errors["plan_value"] = "Ghi mức tăng, giảm so với năm trước vào ô kế hoạch."
        if self.plan_kind == PlanKind.FALL and self.direction != Direction.LOWER:
            errors["direction"] = (
                "Kế hoạch giảm so với năm trước thì chọn chiều «Càng thấp càng tốt»."
            )
        if errors:
            raise ValidationError(errors)


class Baseline(models.Model):
    """A level a target is measured against: the plan, the budget the level above
    assigned (dự toán tỉnh giao), the budget the unit aims for (huyện phấn đấu)."""

    class Kind(models.TextChoices):
        PLAN = "plan", "Kế hoạch"
        BUDGET_ASSIGNED = "budget_assigned", "Dự toán cấp trên giao"
        BUDGET_SELF = "budget_self", "Dự toán đơn vị phấn đấu"

    target = ParentalKey(
        Target, verbose_name="chỉ tiêu", on_delete=models.CASCADE, related_name="baselines"
    )
    kind = models.CharField("loại", max_length=16, choices=Kind.choices)
    value = models.FloatField("giá trị")
    label = models.CharField(
        "ghi như văn bản", max_length=128, blank=True, help_text="dự toán tỉnh giao…"
    )
    inferred = models.BooleanField(
        "suy ra", default=False, help_text="Tính ngược từ số liệu và tỷ lệ % đã báo cáo."
    )
    source_document = models.ForeignKey(
        Document, verbose_name="nguồn", null=True, blank=True, on_delete=models.SET_NULL
    )
    note = models.CharField("ghi chú", max_length=255, blank=True)

    class Meta:
        verbose_name = "mức so sánh"
        verbose_name_plural = "mức so sánh"
        constraints = [
            models.UniqueConstraint(fields=["target", "kind"], name="baseline_one_per_kind")
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.value}"
