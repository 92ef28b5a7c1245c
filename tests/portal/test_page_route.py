"""The page serving a path, and its view restrictions, come from memory on a warm
process, and a change to either applies on the next request."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db

PAGES = [
    "/",
    "/tin-tuc/",
    "/nghi-quyet/",
    "/nghi-quyet/{slug}/",
    "/nghi-quyet/{slug}/chi-tieu/{id}/",
]


@pytest.fixture(autouse=True)
def uncached(settings):
    settings.TIENDO_PAGE_CACHE = False


def url_of(template: str, demo) -> str:
    return template.format(slug=demo.resolution.slug, id=demo.targets["3"].pk)


@pytest.mark.parametrize("template", PAGES)
def test_a_page_served_again_does_not_query_the_page_tree(portal_demo, client, template):
    url = url_of(template, portal_demo)
    with CaptureQueriesContext(connection) as first_queries:
        first = client.get(url)
    with CaptureQueriesContext(connection) as queries:
        again = client.get(url)
    assert first.status_code == again.status_code == 200
    assert again.content == first.content
    read = " ".join(query["sql"] for query in queries.captured_queries)
    assert "wagtailcore_pageviewrestriction" not in read
    assert '"wagtailcore_page"."slug" =' not in read  # no walk down the tree
    assert len(queries.captured_queries) < len(first_queries.captured_queries)


def test_a_restriction_added_to_a_page_applies_on_the_next_request(portal_demo, client):
    from wagtail.models import PageViewRestriction

    from tiendo.portal.models import NewsIndexPage

    assert client.get("/tin-tuc/").status_code == 200
    PageViewRestriction.objects.create(
        page=NewsIndexPage.objects.get(), restriction_type=PageViewRestriction.LOGIN
    )
    answer = client.get("/tin-tuc/")
    assert answer.status_code == 302 and answer["Location"].startswith("/dang-nhap/")


def test_an_unpublished_page_is_gone_on_the_next_request(portal_demo, client):
    from tiendo.portal.models import NewsIndexPage

    assert client.get("/tin-tuc/").status_code == 200
    NewsIndexPage.objects.get().unpublish()
    assert client.get("/tin-tuc/").status_code == 404


def test_a_path_that_leads_nowhere_is_not_found_every_time(portal_demo, client):
    for _ in range(2):
        assert client.get("/khong-co-trang-nay/").status_code == 404
        assert client.get("/nghi-quyet/khong-co-nghi-quyet-nay/").status_code == 404


def test_paths_past_the_bound_are_served_as_before(portal_demo, client, monkeypatch):
    from tiendo.portal import page_route

    monkeypatch.setattr(page_route, "MAX_ROUTES", 1)
    for url in ("/", "/tin-tuc/", "/tin-tuc/"):
        assert client.get(url).status_code == 200
