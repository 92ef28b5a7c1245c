from __future__ import annotations


def test_a_cached_page_is_served_without_rendering_again(
    portal_demo, client, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as first:
        client.get("/tim-kiem/?q=bao+thang")
    with django_assert_max_num_queries(0):
        client.get("/tim-kiem/?q=bao+thang")
    assert len(first.captured_queries) > 0


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
