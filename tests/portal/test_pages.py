from __future__ import annotations

import pytest


def _public_urls(demo) -> list[str]:
    target = demo.targets["1"]
    resolution = demo.resolution.slug
    return [
        "/",
        "/tin-tuc/",
        "/tin-tuc/?chuyen-muc=kinh-te-xa-hoi",
        f"/tin-tuc/{demo.article.slug}/",
        "/tin-tuc/rss/",
        "/van-ban/",
        "/van-ban/?loai=Ngh%E1%BB%8B+quy%E1%BA%BFt&nam=2021",
        f"/van-ban/{demo.resolution_document.slug}/",
        f"/van-ban/{demo.resolution_document.slug}/tai-ve/",
        "/nghi-quyet/",
        f"/nghi-quyet/{resolution}/",
        f"/nghi-quyet/{resolution}/chi-tieu/{target.pk}/",
        "/tim-kiem/?q=bao+thang",
        "/tim-kiem/",
        "/gioi-thieu/",
        "/chinh-sach-bao-mat/",
    ]


def test_every_public_url_answers_200_after_loading_the_demo(portal_demo, client):
    for url in _public_urls(portal_demo):
        response = client.get(url)
        assert response.status_code == 200, url


def test_home_page_names_the_district_and_shows_progress_counts(portal_demo, client):
    from tiendo.core.progress import resolution_progress
    from tiendo.progress.status import STATUS_LABELS

    html = client.get("/").content.decode()
    assert "Bảo Thắng" in html
    assert portal_demo.article.title in html
    counts = resolution_progress(portal_demo.resolution).as_dict()["counts"]
    for status, count in counts.items():
        assert f"<strong>{count}</strong> {STATUS_LABELS[status].lower()}" in html


def test_pages_are_in_vietnamese_with_a_skip_link_and_no_inline_script(portal_demo, client):
    html = client.get("/").content.decode()
    assert '<html lang="vi">' in html
    assert 'href="#noi-dung"' in html and 'id="noi-dung"' in html
    assert "<script" not in html


def test_header_and_footer_link_to_the_other_apps(portal_demo, client):
    html = client.get("/tin-tuc/").content.decode()
    for url in ("/gop-y/", "/hoi-dap/", "/dang-nhap/", "/gioi-thieu/", "/chinh-sach-bao-mat/"):
        assert f'href="{url}"' in html


def test_the_demo_site_root_is_the_home_page(portal_demo):
    from wagtail.models import Page, Site

    from tiendo.portal.models import HomePage

    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert not Page.get_first_root_node().get_children().exact_type(Page).exists()


def test_loading_the_demo_twice_gives_the_same_pages_and_entries(portal_demo):
    from wagtail.models import Page

    from tiendo.core.demo import load_demo
    from tiendo.portal.models import PortalSettings, SearchEntry

    before = (Page.objects.count(), SearchEntry.objects.count(), PortalSettings.objects.count())
    load_demo()
    after = (Page.objects.count(), SearchEntry.objects.count(), PortalSettings.objects.count())
    assert after == before


def test_about_page_publishes_who_runs_the_portal(portal_demo, client):
    from tiendo.portal.models import PortalSettings

    settings = PortalSettings.objects.get()
    html = client.get("/gioi-thieu/").content.decode()
    for value in (settings.agency_name, settings.responsible_person, settings.licence):
        assert value in html
    assert "(minh họa)" in html


def test_privacy_page_shows_the_policy_from_the_settings(portal_demo, client):
    html = client.get("/chinh-sach-bao-mat/").content.decode()
    assert "Quyền của bạn" in html


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/nghi-quyet/khong-co/", 404),
        ("/van-ban/khong-co/", 404),
        ("/nghi-quyet/15-nq-hu-2022/chi-tieu/999999/", 404),
    ],
)
def test_unknown_items_answer_404(portal_demo, client, url, status):
    assert client.get(url).status_code == status


def test_unknown_pages_answer_a_vietnamese_404(portal_demo, client):
    response = client.get("/trang-khong-co/")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


def test_wagtail_utility_routes_are_not_taken_by_the_page_cache(portal_demo, client):
    assert client.get("/_util/login/").status_code == 200
