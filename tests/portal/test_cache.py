from __future__ import annotations

import pytest


@pytest.mark.parametrize("url", ["/", "/nghi-quyet/15-nq-hu-2022/", "/tim-kiem/?q=bao+thang"])
def test_a_cached_page_is_served_with_one_query_for_the_generation(
    portal_demo, client, django_assert_max_num_queries, url
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as first:
        rendered = client.get(url)
    # One indexed read of the cache's generation, kept in a table that no cache
    # eviction can reach (tiendo/counters); nothing else.
    with django_assert_max_num_queries(1):
        cached = client.get(url)
    assert len(first.captured_queries) > 0
    assert cached.content == rendered.content


def test_saving_content_refreshes_cached_pages(portal_demo, client):
    resolution = portal_demo.resolution
    assert resolution.title in client.get("/nghi-quyet/").content.decode()
    resolution.title = "Nghị quyết đã đổi tên (minh họa)"
    resolution.save()
    assert "Nghị quyết đã đổi tên (minh họa)" in client.get("/nghi-quyet/").content.decode()


def test_a_reader_holding_the_page_gets_not_modified(portal_demo, client):
    first = client.get("/")
    again = client.get("/", headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304
    assert again.content == b""


def test_visitors_with_a_session_are_not_served_cached_pages(portal_demo, client):
    from django.conf import settings

    client.get("/gioi-thieu/")
    client.cookies[settings.SESSION_COOKIE_NAME] = "phien-thu-nghiem"
    response = client.get("/gioi-thieu/")
    assert "ETag" not in response


def test_downloads_are_never_served_from_the_page_cache(portal_demo, client):
    url = f"/van-ban/{portal_demo.resolution_document.slug}/tai-ve/"
    client.get(url)
    assert client.get(url)["Content-Disposition"].startswith("attachment")
