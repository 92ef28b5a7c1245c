from __future__ import annotations

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from tiendo.portal.models.local_url import SiteLocalUrl
from tiendo.portal.progress import resolution_overview

LATEST_NEWS_COUNT = 5
RESOLUTIONS_ON_HOME = 3


class HomePage(SiteLocalUrl, Page):
    """The portal's front page: the district, its latest news, its resolutions'
    progress at a glance and quick links."""

    intro = RichTextField("lời giới thiệu", blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    # Under the tree's root, and no max_count: one installation serves a home page (a
    # site) per unit, the province and each of its communes.
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "portal.NewsIndexPage",
        "portal.DocumentIndexPage",
        "portal.ResolutionIndexPage",
    ]

    class Meta:
        verbose_name = "trang chủ"

    def get_context(self, request, *args, **kwargs):  # type: ignore[no-untyped-def]
        from tiendo.portal.models.news import NewsPage
        from tiendo.portal.models.resolutions import ResolutionIndexPage

        context = super().get_context(request, *args, **kwargs)
        news = list(
            NewsPage.objects.live()
            .descendant_of(self)
            .select_related("image")
            .order_by("-date", "-id")[:LATEST_NEWS_COUNT]
        )
        index = ResolutionIndexPage.objects.live().child_of(self).first()
        overviews = []
        if index is not None:
            for resolution in index.public_resolutions(request).order_by("-issued_on", "number")[
                :RESOLUTIONS_ON_HOME
            ]:
                url = index.resolution_url(resolution)
                overviews.append(
                    {
                        "resolution": resolution,
                        "url": url,
                        "progress": resolution_overview(resolution, url),
                    }
                )
        context.update(
            {
                "latest_news": news,
                "resolutions": overviews,
                "resolution_index": index,
            }
        )
        return context
