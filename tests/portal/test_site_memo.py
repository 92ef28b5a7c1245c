"""The Wagtail site and the portal settings come from memory, and an edit to either
shows on the next page."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


def test_an_uncached_page_does_not_query_the_site_or_the_settings(portal_demo, client, settings):
    settings.TIENDO_PAGE_CACHE = False
    client.get("/tin-tuc/")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/tin-tuc/").status_code == 200
    tables = " ".join(q["sql"] for q in queries.captured_queries)
    assert "wagtailcore_site" not in tables
    assert "portal_portalsettings" not in tables


def test_edited_settings_show_on_the_next_page(portal_demo, client, settings):
    from wagtail.models import Site

    from tiendo.portal.models import PortalSettings

    settings.TIENDO_PAGE_CACHE = False
    client.get("/gioi-thieu/")
    portal = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    portal.portal_name = "Cổng thông tin đã đổi tên (minh họa)"
    portal.save()
    assert "Cổng thông tin đã đổi tên (minh họa)" in client.get("/gioi-thieu/").content.decode()


def test_each_host_keeps_its_own_site_and_settings_in_memory(portal_demo, client, settings):
    from wagtail.models import Page, Site

    from tiendo.portal.models import HomePage, PortalSettings

    settings.TIENDO_PAGE_CACHE = False
    home = HomePage(title="Cổng thông tin điện tử Xã A (minh họa)", slug="xa-a")
    Page.get_first_root_node().add_child(instance=home)
    site = Site.objects.create(hostname="xa-a.localhost", port=80, root_page=home)
    PortalSettings.objects.create(site=site, portal_name="Cổng xã A (minh họa)")
    for _ in range(2):  # the second round is answered from the memo
        district = client.get("/gioi-thieu/", HTTP_HOST="127.0.0.1").content.decode()
        commune = client.get("/gioi-thieu/", HTTP_HOST="xa-a.localhost").content.decode()
        assert "Cổng xã A (minh họa)" in commune and "Cổng xã A" not in district
        assert "huyện Bảo Thắng" in district
