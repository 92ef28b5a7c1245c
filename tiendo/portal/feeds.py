"""/tin-tuc/rss/: the latest articles as RSS 2.0, through Django's syndication."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.http import HttpRequest, HttpResponse
from django.utils.feedgenerator import Rss201rev2Feed

from tiendo.pagecache import cache_page
from tiendo.portal.models import NewsPage, PortalSettings
from tiendo.portal.scope import SiteScope, scope_for_request

FEED_LENGTH = 20


@dataclass(frozen=True)
class FeedSource:
    portal: PortalSettings
    scope: SiteScope


class NewsFeed(Feed):
    feed_type = Rss201rev2Feed
    link = "/tin-tuc/"
    language = "vi"

    def get_object(self, request: HttpRequest, *args, **kwargs) -> FeedSource:  # type: ignore[no-untyped-def]
        return FeedSource(PortalSettings.for_request(request), scope_for_request(request))

    def title(self, obj: FeedSource) -> str:
        return f"Tin tức - {obj.portal.portal_name}"

    def description(self, obj: FeedSource) -> str:
        return f"Tin mới nhất của {obj.portal.agency_name or obj.portal.portal_name}."

    def items(self, obj: FeedSource) -> list[NewsPage]:
        # This site's articles only: each portal has its own feed.
        news = obj.scope.pages(NewsPage.objects.live())
        return list(news.order_by("-date", "-id")[:FEED_LENGTH])

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
