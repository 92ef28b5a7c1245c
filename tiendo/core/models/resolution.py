from __future__ import annotations

from django.db import models

from tiendo.core.models.document import Document
from tiendo.core.models.orgunit import OrgUnit


class Resolution(models.Model):
    """A resolution, programme or plan that sets targets (Nghị quyết 15-NQ/HU)."""

    class Kind(models.TextChoices):
        RESOLUTION = "resolution", "Nghị quyết"
        PROGRAMME = "programme", "Chương trình"
        PLAN = "plan", "Kế hoạch"

    kind = models.CharField("loại", max_length=16, choices=Kind.choices, default=Kind.RESOLUTION)
    number = models.CharField("số, ký hiệu", max_length=64, help_text="Như viết: 15-NQ/HU.")
    slug = models.SlugField("đường dẫn", max_length=120, unique=True)
    issuer = models.ForeignKey(
        OrgUnit,
        verbose_name="đơn vị ban hành",
        on_delete=models.PROTECT,
        related_name="resolutions",
    )
    issuer_name = models.CharField(
        "tên cơ quan ban hành",
        max_length=255,
        blank=True,
        help_text="Như ghi trên văn bản: Ban Chấp hành Đảng bộ huyện.",
    )
    issued_on = models.DateField("ngày ban hành", null=True, blank=True)
    title = models.CharField("tiêu đề", max_length=500)
    meeting = models.CharField(
        "hội nghị", max_length=255, blank=True, help_text="Hội nghị lần thứ bảy…"
    )
    term = models.CharField("khóa", max_length=32, blank=True, help_text="Khóa VII.")
    term_years = models.CharField("nhiệm kỳ", max_length=32, blank=True, help_text="2020 - 2025.")
    theme = models.CharField("chủ đề", max_length=500, blank=True)
    year_from = models.PositiveSmallIntegerField("từ năm")
    year_to = models.PositiveSmallIntegerField("đến năm")
    main_target_count = models.PositiveSmallIntegerField(
        "số chỉ tiêu chủ yếu", null=True, blank=True, help_text="Như văn bản nêu, nếu có."
    )
    previous_review = models.TextField(
        "đánh giá kết quả kỳ trước",
        blank=True,
        help_text="Tóm tắt phần đánh giá tình hình thực hiện năm trước.",
    )
    source_document = models.ForeignKey(
        Document,
        verbose_name="văn bản gốc",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_public = models.BooleanField("công khai trên cổng", default=True)

    class Meta:
        verbose_name = "nghị quyết"
        verbose_name_plural = "nghị quyết"
        ordering = ["-issued_on", "number"]

    def __str__(self) -> str:
        return f"{self.number}: {self.title}"


class Task(models.Model):
    """A qualitative task (nhiệm vụ) of a resolution, with its owners and deadline."""

    class Status(models.TextChoices):
        OPEN = "open", "Đang thực hiện"
        DONE = "done", "Đã hoàn thành"
        CANCELLED = "cancelled", "Không thực hiện"

    resolution = models.ForeignKey(
        Resolution, verbose_name="nghị quyết", on_delete=models.CASCADE, related_name="tasks"
    )
    ordinal = models.CharField("số thứ tự", max_length=16, blank=True)
    text = models.TextField("nội dung nhiệm vụ")
    owner_units = models.ManyToManyField(
        OrgUnit, verbose_name="đơn vị chủ trì", blank=True, related_name="tasks"
    )
    deadline = models.DateField("thời hạn", null=True, blank=True)
    status = models.CharField(
        "trạng thái", max_length=16, choices=Status.choices, default=Status.OPEN
    )
    done_on = models.DateField("ngày hoàn thành", null=True, blank=True)

    class Meta:
        verbose_name = "nhiệm vụ"
        verbose_name_plural = "nhiệm vụ"
        ordering = ["resolution", "ordinal", "id"]

    def __str__(self) -> str:
        return self.text[:80]
