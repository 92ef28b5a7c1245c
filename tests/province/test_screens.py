from __future__ import annotations

import re

import pytest
from django.core.cache import cache
from django.test import Client

from tiendo.core.models import Document
from tiendo.vietnamese import format_number

PROVINCE_HOST = "tinh.localhost"


def province_portal(data, hostname: str = PROVINCE_HOST) -> Client:
    """A reader of the province's own portal (tiendo.sites), where its resolutions are."""
    from tiendo.sites.services import add_site

    add_site(unit=data.province, hostname=hostname)
    cache.clear()
    return Client(HTTP_HOST=hostname)


@pytest.fixture
def portal_province(demo, small_province):
    """The province's data on its portal, beside the district demo's."""
    cache.clear()
    return small_province


@pytest.fixture
def citizen(portal_province) -> Client:
    return province_portal(portal_province)


@pytest.fixture
def province_approver(db, django_user_model, small_province):
    from tiendo.accounts.services import assign_staff_role

    user = django_user_model.objects.create_user(
        username="lanhdao.tinh", password="mat-khau-thu-nghiem", is_staff=True
    )
    assign_staff_role(user, "approver", org_unit=small_province.province)
    return user


def _portal_url(data, suffix: str = "") -> str:
    return f"/nghi-quyet/{data.resolution.slug}/xa-phuong/{suffix}"


def test_the_portal_lists_every_commune_of_the_target(portal_province, citizen):
    response = citizen.get(_portal_url(portal_province))
    assert response.status_code == 200
    html = response.content.decode()
    for commune in portal_province.communes[1:]:
        assert commune.name in html
    assert "Xã Hợp Nhất" in html and "sáp nhập từ Xã Cũ 1, Xã Cũ 2" in html
    assert format_number(42.0) + " tỷ đồng" in html
    assert "Số xã, phường theo trạng thái: 3 đơn vị" in html
    # phones read each row as a card, labelled by its column
    assert 'class="bang bang-the xa-bang"' in html and 'data-nhan="Trạng thái"' in html
    assert "<script" not in html


def test_the_portal_page_of_another_target_and_a_missing_one(portal_province, citizen):
    poverty = portal_province.poverty
    html = citizen.get(_portal_url(portal_province, f"{poverty.pk}/")).content.decode()
    assert "Tỷ lệ hộ nghèo" in html and "chung của tỉnh" in html
    assert citizen.get(_portal_url(portal_province, "999999/")).status_code == 404


def test_the_resolution_page_links_to_its_communes(portal_province, citizen):
    html = citizen.get(f"/nghi-quyet/{portal_province.resolution.slug}/").content.decode()
    assert f'href="{_portal_url(portal_province)}"' in html


def test_the_demo_district_resolution_has_no_communes_link(demo):
    html = Client().get(f"/nghi-quyet/{demo.resolution.slug}/").content.decode()
    assert "xa-phuong/" not in html


def test_the_portal_sorts_on_the_server(portal_province, citizen):
    html = citizen.get(_portal_url(portal_province) + "?sap-xep=-gia-tri").content.decode()
    names = re.findall(r'<th scope="row">(Xã [^<]+)', html)
    assert names == ["Xã Số 003", "Xã Số 002", "Xã Hợp Nhất"]
    assert 'aria-sort="descending"' in html


def test_each_figure_links_to_the_document_it_came_from(portal_province, citizen):
    document = Document.objects.create(
        slug="bao-cao-6-thang-xa-2", kind=Document.Kind.REPORT, title="Báo cáo 6 tháng",
        text="Thu ngân sách đạt 42 tỷ đồng.",
    )  # fmt: skip
    result = portal_province.communes[1].results.get(target=portal_province.revenue)
    result.source_document = document
    result.save()
    cache.clear()
    html = citizen.get(_portal_url(portal_province)).content.decode()
    assert f'href="/van-ban/{document.slug}/#so-lieu-{result.pk}"' in html


def test_a_private_resolution_has_no_communes_page(portal_province, citizen):
    portal_province.resolution.is_public = False
    portal_province.resolution.save()
    assert citizen.get(_portal_url(portal_province)).status_code == 404


def test_the_staff_screen_shows_the_communes_and_the_chart(small_province, client, province_admin):
    client.force_login(province_admin)
    url = f"/quan-tri/xa-phuong/{small_province.resolution.pk}/"
    html = client.get(url).content.decode()
    for commune in small_province.communes:
        assert commune.name in html
    assert "Xã Cũ 1: 50; Xã Cũ 2: 40" in html
    assert "/quan-tri/snippets/core/result/edit/" in html
    assert 'class="xa-bieu-do"' in html
    index = client.get("/quan-tri/xa-phuong/").content.decode()
    assert url in index


def test_a_province_approver_sees_every_commune_sorted(small_province, client, province_approver):
    client.force_login(province_approver)
    url = f"/quan-tri/xa-phuong/{small_province.resolution.pk}/?sap-xep=-gia-tri"
    response = client.get(url)
    assert response.status_code == 200
    names = re.findall(r'<th scope="row">(Xã [^<]+)', response.content.decode())
    assert names == ["Xã Số 003", "Xã Số 002", "Xã Hợp Nhất"]


def test_a_commune_reporter_sees_only_their_own_commune(small_province, client, commune_reporter):
    from tiendo.accounts.models import StaffProfile

    own, other = small_province.communes[1], small_province.communes[2]
    StaffProfile.objects.filter(user=commune_reporter).update(org_unit=own)
    client.force_login(commune_reporter)
    response = client.get(f"/quan-tri/xa-phuong/{small_province.resolution.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert own.name in html
    assert other.name not in html
    # The other commune's figure, looked for in the text a reader sees: the page's
    # scripts carry a random token that may hold the same digits.
    shown = re.sub(r"<[^>]+>", " ", re.sub(r"(?s)<script.*?</script>", "", html))

    def figure(value: float) -> str:
        return rf"(?<![\d.,]){re.escape(format_number(value))}(?![\d,])"

    assert re.search(figure(42.0), shown)  # the reporter's own commune's figure
    assert not re.search(figure(43.0), shown)


def test_someone_without_a_workspace_role_is_turned_away(small_province, client, django_user_model):
    user = django_user_model.objects.create_user(username="khach", password="x", is_staff=True)
    client.force_login(user)
    response = client.get(f"/quan-tri/xa-phuong/{small_province.resolution.pk}/")
    assert response.status_code in (302, 403)


def test_the_staff_screen_shows_another_period_when_asked(small_province, client, province_admin):
    client.force_login(province_admin)
    url = f"/quan-tri/xa-phuong/{small_province.resolution.pk}/?ky=2026-Q1&sap-xep=-ti-le"
    html = client.get(url).content.decode()
    assert "quý I năm 2026" in html
    assert "Chưa có số liệu" in html  # the communes reported the half year, not the quarter
    assert 'name="sap-xep" value="-ti-le"' in html


@pytest.mark.django_db
def test_the_portal_page_takes_as_many_queries_for_30_communes_as_for_3(demo):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.province.conftest import build_province

    counts = []
    for count, slug in ((3, "tinh-ba"), (30, "tinh-ba-muoi")):
        data = build_province(count, slug=slug)
        reader = province_portal(data, f"{slug}.localhost")
        reader.get(_portal_url(data))  # the site's memo and settings, as on a served site
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            response = reader.get(_portal_url(data))
        assert response.status_code == 200
        assert response.content.decode().count('<th scope="row">') == count
        counts.append(len(captured.captured_queries))
    assert counts[0] == counts[1]


def test_a_private_source_document_is_not_named_on_the_portal(portal_province, citizen):
    document = Document.objects.create(
        slug="bao-cao-noi-bo", kind=Document.Kind.REPORT, title="Báo cáo nội bộ của xã",
        is_public=False,
    )  # fmt: skip
    portal_province.communes[1].results.update(source_document=document)
    cache.clear()
    html = citizen.get(_portal_url(portal_province)).content.decode()
    assert "Báo cáo nội bộ của xã" not in html
    assert "Báo cáo của đơn vị" in html


def test_each_order_is_cached_as_a_page_of_its_own(portal_province, citizen):
    plain = citizen.get(_portal_url(portal_province)).content.decode()
    by_value = citizen.get(_portal_url(portal_province) + "?sap-xep=-gia-tri").content.decode()
    first = re.compile(r'<th scope="row">(Xã [^<]+)')
    assert first.search(plain).group(1) == "Xã Hợp Nhất"
    assert first.search(by_value).group(1) == "Xã Số 003"


def test_a_resolution_without_communes_says_so(demo):
    response = Client().get(f"/nghi-quyet/{demo.resolution.slug}/xa-phuong/")
    assert response.status_code == 200
    assert "Chưa có xã, phường nào trực thuộc" in response.content.decode()
