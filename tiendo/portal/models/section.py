from __future__ import annotations

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from tiendo.portal.models.local_url import SiteLocalUrl


class SectionIndexPage(SiteLocalUrl, Page):
    """A top-level section of the portal (news, documents, resolutions): one per home
    page (each site has its own), opened by an introduction the editors write."""

    intro = models.TextField("giới thiệu", blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        abstract = True
