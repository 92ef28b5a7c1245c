from __future__ import annotations

from django.db import models


class SearchEntry(models.Model):
    """One searchable item of the portal (a news article, document, resolution or
    target) with its text folded by tiendo.vietnamese.search_key.

    Folding when writing, not when reading, makes search ignore diacritics and tone
    placement identically on SQLite and PostgreSQL: the query is folded the same way
    and matched with a plain case-insensitive substring test.
    """

    class Kind(models.TextChoices):
        NEWS = "news", "Tin tức"
        DOCUMENT = "document", "Văn bản"
        RESOLUTION = "resolution", "Nghị quyết"
        TARGET = "target", "Chỉ tiêu"

    kind = models.CharField("loại", max_length=16, choices=Kind.choices)
    object_id = models.PositiveBigIntegerField("mã đối tượng")
    title = models.CharField("tiêu đề", max_length=500)
    summary = models.TextField("tóm tắt", blank=True)
    url = models.CharField("đường dẫn", max_length=500)
    date = models.DateField("ngày", null=True, blank=True)
    search_key = models.TextField("khóa tìm kiếm")

    class Meta:
        verbose_name = "mục tìm kiếm"
        verbose_name_plural = "mục tìm kiếm"
        ordering = ["-date", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="portal_search_entry_one")
        ]
        indexes = [models.Index(fields=["-date", "-id"], name="portal_search_entry_date")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.title}"
