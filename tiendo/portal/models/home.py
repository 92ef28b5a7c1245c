from __future__ import annotations

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from tiendo.portal import site_memo
from tiendo.portal.models.local_url import SiteLocalUrl
from tiendo.portal.progress import resolution_overview
from tiendo.portal.reads import latest_news, latest_resolutions
from tiendo.portal.scope import scope_for_request

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
        context = super().get_context(request, *args, **kwargs)
        news = latest_news(self, LATEST_NEWS_COUNT, self._get_site_root_paths(request))
        index = self._resolution_index(request)
        overviews = []
        if index is not None:
            scope = scope_for_request(request)
            for resolution in latest_resolutions(scope, RESOLUTIONS_ON_HOME):
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

    def _resolution_index(self, request):  # type: ignore[no-untyped-def]
        """The live resolutions' page under this home: a page-tree lookup, remembered
        with the site per cache generation (tiendo.portal.site_memo)."""
        from tiendo.portal.models.resolutions import ResolutionIndexPage

        memo = site_memo.host_memo(request)
        key = ("resolution_index", self.pk)
        if memo is None or key not in memo:
            index = ResolutionIndexPage.objects.live().child_of(self).first()
            if memo is None:
                return index
            memo[key] = None if index is None else site_memo.detached(index)
        index = memo[key]
        return None if index is None else site_memo.detached(index)
