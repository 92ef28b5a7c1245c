"""Fixtures of the portal tests: the demo loaded, an empty page cache, and helpers to
add content the demo does not have."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def empty_page_cache():
    """Cached pages must never leak from one test's database into another's."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def portal_demo(db):
    from tests import demo_replay

    demo = demo_replay.demo.load()
    cache.clear()
    return demo


@pytest.fixture
def news_index(portal_demo):
    from tiendo.portal.models import NewsIndexPage

    return NewsIndexPage.objects.get()


@pytest.fixture
def add_article(news_index):
    """Publish a news article under /tin-tuc/: add_article("Tiêu đề", "<p>nội dung</p>")."""
    from tiendo.portal.models import NewsPage

    def add(title: str, body: str = "<p>Nội dung.</p>", **fields) -> NewsPage:
        fields.setdefault("date", dt.date(2022, 5, 1))
        page = NewsPage(title=title, body=body, **fields)
        news_index.add_child(instance=page)
        page.save_revision().publish()
        return page

    return add


@pytest.fixture
def demo_article_page(portal_demo):
    from tiendo.portal.models import NewsPage

    return NewsPage.objects.get(slug=portal_demo.article.slug)
