from __future__ import annotations

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField


@register_setting(icon="site")
class PortalSettings(BaseSiteSetting):
    """What the footer, the about page and the privacy page say: the information a
    government portal must publish about who runs it and how to reach them."""

    # The unit whose portal this is: its resolutions, documents and feedback are the
    # ones this site shows. Empty on a site that shows everything (a lone portal).
    unit = models.ForeignKey(
        "core.OrgUnit",
        verbose_name="đơn vị",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="portal_settings",
        help_text="Đơn vị có cổng này: cổng chỉ đăng nghị quyết, văn bản, góp ý của đơn vị.",
    )
    portal_name = models.CharField(
        "tên cổng thông tin", max_length=255, default="Cổng thông tin điện tử"
    )
    agency_name = models.CharField("cơ quan chủ quản", max_length=255, blank=True)
    address = models.CharField("địa chỉ", max_length=255, blank=True)
    phone = models.CharField("điện thoại", max_length=64, blank=True)
    email = models.EmailField("thư điện tử", blank=True)
    responsible_person = models.CharField(
        "người chịu trách nhiệm nội dung", max_length=255, blank=True
    )
    licence = models.CharField(
        "giấy phép", max_length=500, blank=True, help_text="Số giấy phép, cơ quan cấp, ngày cấp."
    )
    about = RichTextField(
        "giới thiệu", blank=True, features=["h2", "h3", "bold", "italic", "ol", "ul", "link"]
    )
    privacy_policy = RichTextField(
        "chính sách bảo mật",
        blank=True,
        features=["h2", "h3", "bold", "italic", "ol", "ul", "link"],
    )
    trust_badge_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="ảnh chứng nhận tín nhiệm mạng",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    trust_badge_url = models.URLField("liên kết chứng nhận tín nhiệm mạng", blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("portal_name"),
                FieldPanel("unit"),
                FieldPanel("agency_name"),
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("responsible_person"),
                FieldPanel("licence"),
            ],
            heading="Thông tin chân trang",
        ),
        FieldPanel("about"),
        FieldPanel("privacy_policy"),
        MultiFieldPanel(
            [FieldPanel("trust_badge_image"), FieldPanel("trust_badge_url")],
            heading="Chứng nhận tín nhiệm mạng",
        ),
    ]

    class Meta:
        verbose_name = "thông tin cổng"
        constraints = [
            # One portal per unit: a commune's feedback and pages must have one home.
            models.UniqueConstraint(
                fields=["unit"], condition=models.Q(unit__isnull=False), name="portal_one_per_unit"
            )
        ]
