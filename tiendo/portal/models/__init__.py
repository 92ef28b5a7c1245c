from __future__ import annotations

from tiendo.portal.models.documents import DocumentIndexPage
from tiendo.portal.models.home import HomePage
from tiendo.portal.models.news import NewsCategory, NewsIndexPage, NewsPage, NewsPageDocument
from tiendo.portal.models.resolutions import ResolutionIndexPage
from tiendo.portal.models.search_entry import SearchEntry
from tiendo.portal.models.site_settings import PortalSettings

__all__ = [
    "DocumentIndexPage",
    "HomePage",
    "NewsCategory",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageDocument",
    "PortalSettings",
    "ResolutionIndexPage",
    "SearchEntry",
]
