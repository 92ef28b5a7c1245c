from __future__ import annotations

from django.db import models


class Counter(models.Model):
    """A named number that no cache eviction can reach: a rate-limit window (with its
    end) or a generation that only ever grows (no end)."""

    name = models.CharField(max_length=200, unique=True)
    value = models.BigIntegerField(default=0)
    expires_at = models.DateTimeField(null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = "bộ đếm"
        verbose_name_plural = "bộ đếm"

    def __str__(self) -> str:
        return f"{self.name} = {self.value}"
