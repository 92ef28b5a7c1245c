from __future__ import annotations

import pytest
from wagtail.models import GroupCollectionPermission, GroupPagePermission, Site

from tiendo.core.models import OrgUnit
from tiendo.portal.models import (
    DocumentIndexPage,
    HomePage,
    NewsIndexPage,
    PortalSettings,
    ResolutionIndexPage,
)
from tiendo.sites.models import SiteCollection, SiteRole
from tiendo.sites.services import SiteError, add_site


@pytest.fixture
def xa_d(province):
    return OrgUnit.objects.create(
        name="Xã D (minh họa)", slug="xa-d", code="XA-D", kind="commune", parent=province
    )


def test_add_site_builds_the_tree_the_settings_the_collection_and_the_roles(xa_d):
    site = add_site(unit=xa_d, hostname="XA-D.localhost")
    home = site.root_page.specific
    assert (site.hostname, site.port, site.is_default_site) == ("xa-d.localhost", 80, False)
    assert isinstance(home, HomePage) and home.live
    sections = {type(page.specific) for page in home.get_children().live()}
    assert sections == {NewsIndexPage, DocumentIndexPage, ResolutionIndexPage}
    settings = PortalSettings.for_site(site)
    assert settings.unit == xa_d
    assert settings.portal_name == "Cổng thông tin điện tử Xã D (minh họa)"
    assert SiteCollection.objects.get(site=site).collection.name == "Cổng xa-d.localhost"
    roles = {link.role: link.group for link in SiteRole.objects.filter(site=site)}
    assert set(roles) == {"editor", "moderator"}
    assert GroupPagePermission.objects.filter(group=roles["editor"], page=home).exists()
    assert GroupCollectionPermission.objects.filter(group=roles["editor"]).exists()
    assert roles["moderator"].permissions.filter(codename="moderate_feedback").exists()


def test_adding_the_same_site_again_changes_nothing(xa_d):
    first = add_site(unit=xa_d, hostname="xa-d.localhost")
    counts = (Site.objects.count(), HomePage.objects.count(), SiteRole.objects.count())
    again = add_site(unit=xa_d, hostname="xa-d.localhost")
    assert again.pk == first.pk
    assert (Site.objects.count(), HomePage.objects.count(), SiteRole.objects.count()) == counts


@pytest.mark.parametrize(
    ("host", "message"),
    [
        ("xa-d.localhost", "đã dùng cho một cổng khác"),  # taken by another unit
        ("xa-d-moi.localhost", "đã có cổng tại"),  # the unit already has a portal
        ("xa d.localhost", "không hợp lệ"),
        ("-xa.localhost", "không hợp lệ"),
    ],
)
def test_a_taken_or_malformed_host_is_refused_with_a_clear_error(xa_d, province, host, message):
    add_site(unit=xa_d, hostname="xa-d.localhost")
    other = xa_d if "moi" in host else province
    with pytest.raises(SiteError, match=message):
        add_site(unit=other, hostname=host)


def test_the_command_adds_a_site_by_unit_code(xa_d, capsys):
    from tiendo.cli import main

    assert main(["site", "add", "--unit", "XA-D", "--host", "xa-d.localhost"]) == 0
    assert "xa-d.localhost" in capsys.readouterr().out
    assert PortalSettings.objects.get(site__hostname="xa-d.localhost").unit == xa_d
    assert main(["site", "add", "--unit", "KHONG-CO", "--host", "x.localhost"]) == 1
    assert "Không có đơn vị" in capsys.readouterr().err


def test_the_admin_screen_adds_a_site_with_the_same_service(client, province_admin, xa_d):
    client.force_login(province_admin)
    page = client.get("/quan-tri/cong-don-vi/")
    assert page.status_code == 200 and "Xã D (minh họa)" in page.content.decode()
    response = client.post(
        "/quan-tri/cong-don-vi/", {"unit": xa_d.pk, "hostname": "xa-d.localhost", "port": 80}
    )
    assert response.status_code == 302
    assert PortalSettings.objects.get(site__hostname="xa-d.localhost").unit == xa_d
    # The unit now has a portal: it is no longer offered, and a bad host is explained.
    again = client.post("/quan-tri/cong-don-vi/", {"unit": xa_d.pk, "hostname": "x y", "port": 80})
    assert again.status_code == 400 and "không hợp lệ" in again.content.decode()


def test_staff_without_the_right_to_add_sites_cannot_open_the_screen(client, site_staff):
    client.force_login(site_staff("editor", "A"))
    # Wagtail answers a refused admin page by sending back to the dashboard.
    response = client.get("/quan-tri/cong-don-vi/")
    assert response.status_code in (302, 403) and "Tạo cổng" not in response.content.decode()
