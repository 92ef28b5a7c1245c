"""A cached anonymous page is answered before sessions, messages and the Wagtail site
lookup, with the headers of the page it copies."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

ABOUT = "/gioi-thieu/"


def test_a_cached_page_reads_only_the_generation_and_skips_the_site_lookup(
    portal_demo, client, monkeypatch
):
    from wagtail.models import Site

    rendered = client.get("/")
    lookups = []
    original = Site.find_for_request
    monkeypatch.setattr(
        Site, "find_for_request", staticmethod(lambda r: lookups.append(r) or original(r))
    )
    with CaptureQueriesContext(connection) as queries:
        cached = client.get("/")
    assert cached.content == rendered.content
    assert [q["sql"] for q in queries.captured_queries] == [
        q["sql"] for q in queries.captured_queries if "counters_counter" in q["sql"]
    ]
    assert len(queries.captured_queries) == 1
    assert lookups == []
    assert not hasattr(cached.wsgi_request, "session")


def test_a_cached_copy_keeps_the_security_headers_of_the_page(portal_demo, client):
    rendered = client.get(ABOUT)
    cached = client.get(ABOUT)
    for header in ("Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options"):
        assert cached[header] == rendered[header]
    assert cached["ETag"] == rendered["ETag"]
    assert cached["X-Accel-Expires"] == "1"


def test_head_gets_the_headers_of_the_cached_page_without_its_body(portal_demo, client):
    full = client.get(ABOUT)
    head = client.head(ABOUT)
    assert head.status_code == 200
    assert head.content == b""
    assert head["Content-Length"] == str(len(full.content))


@pytest.mark.parametrize(
    "headers",
    [{"Cookie": "sessionid=phien-thu-nghiem"}, {"Authorization": "Bearer khoa-thu-nghiem"}],
    ids=["session cookie", "api token"],
)
def test_signed_in_requests_always_reach_the_view(portal_demo, client, headers, page_cache):
    from tests.pagecache.conftest import shared_entries

    client.get(ABOUT)
    before = shared_entries(page_cache)
    response = client.get(ABOUT, headers=headers)
    assert response.status_code == 200
    # Rendered by the view: only the cache's copies carry an ETag.
    assert "ETag" not in response
    assert shared_entries(page_cache) == before


def test_the_page_cache_can_be_switched_off(portal_demo, client, settings, page_cache):
    from tests.pagecache.conftest import shared_entries

    settings.TIENDO_PAGE_CACHE = False
    client.get(ABOUT)
    response = client.get(ABOUT)
    assert "ETag" not in response
    assert shared_entries(page_cache) == 0


def test_the_api_progress_is_cached_by_its_period_only(portal_demo, client, page_cache):
    from tests.pagecache.conftest import shared_entries

    url = f"/api/resolutions/{portal_demo.resolution.slug}/progress"
    first = client.get(url)
    client.get(url + "?khac=1")
    with CaptureQueriesContext(connection) as queries:
        again = client.get(url + "?khac=2")
    assert again.json() == first.json()
    assert len(queries.captured_queries) == 1
    # The path's parameter list and the one page.
    assert shared_entries(page_cache) == 2
