"""/tin-tuc/rss/: the latest articles as RSS 2.0, through Django's syndication."""

from __future__ import annotations

import datetime as dt

from django.contrib.syndication.views import Feed
from django.http import HttpRequest, HttpResponse
from django.utils.feedgenerator import Rss201rev2Feed

from tiendo.pagecache import cache_page
from tiendo.portal.models import NewsPage, PortalSettings

FEED_LENGTH = 20


class NewsFeed(Feed):
    feed_type = Rss201rev2Feed
    link = "/tin-tuc/"
    language = "vi"

    def get_object(self, request: HttpRequest, *args, **kwargs) -> PortalSettings:  # type: ignore[no-untyped-def]
        return PortalSettings.for_request(request)

    def title(self, obj: PortalSettings) -> str:
        return f"Tin tức - {obj.portal_name}"

    def description(self, obj: PortalSettings) -> str:
        return f"Tin mới nhất của {obj.agency_name or obj.portal_name}."

    def items(self) -> list[NewsPage]:
        return list(NewsPage.objects.live().order_by("-date", "-id")[:FEED_LENGTH])

    def item_title(self, item: NewsPage) -> str:
        return item.title

    def item_description(self, item: NewsPage) -> str:
        return item.summary or item.search_description or ""

    def item_link(self, item: NewsPage) -> str:
        return item.url or "/"

    def item_pubdate(self, item: NewsPage) -> dt.datetime:
        return item.published_at

    def item_author_name(self, item: NewsPage) -> str:
        return item.author


news_feed_view = NewsFeed()


@cache_page()
def news_feed(request: HttpRequest) -> HttpResponse:
    return news_feed_view(request)
