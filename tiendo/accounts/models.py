from __future__ import annotations

from django.conf import settings
from django.db import models


class StaffProfile(models.Model):
    """What the user model does not say about a staff member: the unit they work for.

    A unit reporter (Cán bộ nhập số liệu) enters results only for this unit.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name="tài khoản",
        on_delete=models.CASCADE,
        related_name="staff_profile",
    )
    org_unit = models.ForeignKey(
        "core.OrgUnit",
        verbose_name="đơn vị công tác",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="staff_profiles",
    )
    job_title = models.CharField("chức vụ", max_length=255, blank=True)

    class Meta:
        verbose_name = "hồ sơ cán bộ"
        verbose_name_plural = "hồ sơ cán bộ"

    def __str__(self) -> str:
        unit = self.org_unit.name if self.org_unit_id else "chưa gán đơn vị"
        return f"{self.user.get_username()} ({unit})"
