from __future__ import annotations

from django.db import models

from tiendo.core.models.orgunit import OrgUnit


class Document(models.Model):
    """A resolution, report, news article or other text, kept with its full text so
    that every figure read from it can point at the characters it came from."""

    class Kind(models.TextChoices):
        RESOLUTION = "resolution", "Nghị quyết"
        REPORT = "report", "Báo cáo"
        NEWS = "news", "Tin bài"
        OTHER = "other", "Văn bản khác"

    kind = models.CharField("loại", max_length=16, choices=Kind.choices, default=Kind.OTHER)
    doc_type = models.CharField(
        "hình thức văn bản",
        max_length=64,
        blank=True,
        help_text="Như trên văn bản: Nghị quyết, Quyết định, Báo cáo, Kế hoạch, Công văn…",
    )
    number = models.CharField("số, ký hiệu", max_length=64, blank=True)
    title = models.CharField("trích yếu", max_length=500)
    slug = models.SlugField("đường dẫn", max_length=200, unique=True)
    issuer = models.ForeignKey(
        OrgUnit,
        verbose_name="cơ quan ban hành",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="documents",
    )
    issuer_name = models.CharField(
        "tên cơ quan ban hành", max_length=255, blank=True, help_text="Như ghi trên văn bản."
    )
    signer = models.CharField("người ký", max_length=255, blank=True)
    issued_on = models.DateField("ngày ban hành", null=True, blank=True)
    effective_on = models.DateField("ngày hiệu lực", null=True, blank=True)
    field = models.CharField("lĩnh vực", max_length=128, blank=True)
    in_force = models.BooleanField("còn hiệu lực", default=True)
    is_public = models.BooleanField("công khai trên cổng", default=True)
    file = models.FileField("tệp", upload_to="van-ban/%Y/", blank=True)
    source_url = models.URLField("nguồn", max_length=500, blank=True)
    text = models.TextField("toàn văn", blank=True)
    is_illustrative = models.BooleanField(
        "dữ liệu minh họa",
        default=False,
        help_text="Nội dung dựng để minh họa, không phải văn bản thật.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "văn bản"
        verbose_name_plural = "văn bản"
        ordering = ["-issued_on", "-id"]
        indexes = [models.Index(fields=["kind", "-issued_on"])]

    def __str__(self) -> str:
        return f"{self.number} {self.title}".strip() if self.number else self.title

    def excerpt(self, start: int, end: int) -> str:
        return self.text[start:end]
