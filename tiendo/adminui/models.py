from __future__ import annotations

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="image")
class AdminBranding(BaseSiteSetting):
    """The agency's emblem shown in the admin beside the name in the portal's settings.
    Without one, a plain built-in emblem is shown, never another product's logo."""

    emblem = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="biểu trưng cơ quan",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Ảnh vuông, nền trong suốt; hiện ở thanh bên, trang chủ quản trị.",
    )

    panels = [FieldPanel("emblem")]

    class Meta:
        verbose_name = "biểu trưng cơ quan"
