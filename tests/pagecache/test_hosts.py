"""One installation serves a portal per host: a page cached for one host is never
served to another."""

from __future__ import annotations

from wagtail.models import Page, Site

from tiendo.pagecache.keys import page_location
from tiendo.portal.models import HomePage, PortalSettings


def test_two_hosts_never_share_a_cached_page(portal_demo, client, rf):
    root = Page.get_first_root_node()
    other = HomePage(title="Cổng thông tin điện tử Xã A (minh họa)", slug="xa-a")
    root.add_child(instance=other)
    site = Site.objects.create(hostname="xa-a.localhost", port=80, root_page=other)
    PortalSettings.objects.create(site=site, portal_name=other.title)

    for _ in range(2):  # the second round is answered from the cache
        district = client.get("/", HTTP_HOST="127.0.0.1").content.decode()
        commune = client.get("/", HTTP_HOST="xa-a.localhost").content.decode()
        assert "<title>Cổng thông tin điện tử huyện Bảo Thắng</title>" in district
        assert "<title>Cổng thông tin điện tử Xã A (minh họa)</title>" in commune
    one = page_location(rf.get("/", HTTP_HOST="xa-a.localhost"))
    two = page_location(rf.get("/", HTTP_HOST="xa-b.localhost"))
    assert one[0] != two[0] and one[1:] == two[1:]
