"""What ties a Wagtail site to its people and files: the groups that hold a role on
that site only, and the collection its images and documents go into."""

from __future__ import annotations

from django.contrib.auth.models import Group
from django.db import models
from wagtail.models import Collection, Site


class SiteRole(models.Model):
    """A group whose role (editor, feedback moderator) applies to one site only: its
    page rights sit on the site's home page, its file rights on the site's collection,
    and its moderators see only the feedback sent on that site."""

    class Role(models.TextChoices):
        EDITOR = "editor", "Biên tập viên"
        MODERATOR = "moderator", "Kiểm duyệt góp ý"

    site = models.ForeignKey(
        Site, verbose_name="cổng", on_delete=models.CASCADE, related_name="tiendo_roles"
    )
    group = models.OneToOneField(
        Group, verbose_name="nhóm", on_delete=models.CASCADE, related_name="site_role"
    )
    role = models.CharField("vai trò", max_length=16, choices=Role.choices)

    class Meta:
        verbose_name = "vai trò trên cổng"
        verbose_name_plural = "vai trò trên cổng"
        constraints = [
            models.UniqueConstraint(fields=["site", "role"], name="tiendo_sites_one_group_per_role")
        ]

    def __str__(self) -> str:
        return self.group.name


class SiteCollection(models.Model):
    """The collection (images, documents) of one site."""

    site = models.OneToOneField(
        Site, verbose_name="cổng", on_delete=models.CASCADE, related_name="tiendo_collection"
    )
    collection = models.OneToOneField(
        Collection, verbose_name="bộ sưu tập", on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        verbose_name = "bộ sưu tập của cổng"
        verbose_name_plural = "bộ sưu tập của cổng"

    def __str__(self) -> str:
        return self.collection.name
