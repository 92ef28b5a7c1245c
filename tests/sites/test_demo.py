"""The check of issue 14's many sites: after the demo, each host shows its own
portal, and feedback sent on one commune's portal reaches only its moderators."""

from __future__ import annotations

import pytest

from tiendo.feedback.models import Feedback


@pytest.fixture
def full_demo(db):
    """What `tiendo demo` loads: the district (default site), then the province and
    its communes."""
    from tests import demo_replay
    from tiendo.sites import demo as sites_demo

    district = demo_replay.demo.load()
    return district, sites_demo.load(district)


@pytest.mark.parametrize(
    ("host", "shown", "not_shown"),
    [
        ("xa-a.localhost", "Cổng thông tin điện tử Xã A (minh họa)", "Xã B (minh họa)"),
        ("xa-b.localhost", "Cổng thông tin điện tử Xã B (minh họa)", "Xã A (minh họa)"),
        ("tinh.localhost", "Cổng thông tin điện tử Tỉnh M (minh họa)", "Bảo Thắng"),
        ("127.0.0.1", "Cổng thông tin điện tử huyện Bảo Thắng", "(minh họa): thu ngân sách"),
        ("localhost", "Cổng thông tin điện tử huyện Bảo Thắng", "Xã A (minh họa)"),
    ],
)
def test_each_host_shows_its_own_portal(client, full_demo, host, shown, not_shown):
    html = client.get("/", HTTP_HOST=host).content.decode()
    assert f"<title>{shown}</title>" in html
    assert not_shown not in html


@pytest.mark.parametrize(
    ("host", "number", "absent"),
    [
        ("xa-a.localhost", "01-NQ/TU", "15-NQ/HU"),  # its share of the province target
        ("tinh.localhost", "01-NQ/TU", "15-NQ/HU"),
        ("127.0.0.1", "15-NQ/HU", "01-NQ/TU"),
    ],
)
def test_each_portal_lists_the_resolutions_of_its_unit(client, full_demo, host, number, absent):
    html = client.get("/nghi-quyet/", HTTP_HOST=host).content.decode()
    assert f"Nghị quyết {number}" in html and f"Nghị quyết {absent}" not in html


def test_search_and_news_feed_stay_on_their_site(client, full_demo):
    found = client.get("/tim-kiem/", {"q": "thu ngan sach 6 thang"}, HTTP_HOST="xa-a.localhost")
    html = found.content.decode()
    assert "Xã A (minh họa): thu ngân sách" in html and "Xã B (minh họa)" not in html
    feed = client.get("/tin-tuc/rss/", HTTP_HOST="xa-b.localhost").content.decode()
    assert "Xã B (minh họa)" in feed and "Bảo Thắng" not in feed


def test_feedback_on_a_commune_reaches_its_moderators_only(client, full_demo, valid_post):
    from django.contrib.auth import get_user_model

    from tiendo.sites.services import site_groups

    _, communes = full_demo
    sent = client.post("/gop-y/", valid_post, HTTP_HOST="xa-a.localhost")
    assert sent.status_code == 302
    item = Feedback.objects.get(title=valid_post["title"])
    assert item.site == communes.sites["A"]

    users = get_user_model().objects
    for letter in "AB":
        user = users.create_user(username=f"kiemduyet-{letter}", is_staff=True)
        user.groups.add(site_groups(communes.sites[letter])["moderator"])
    client.force_login(users.get(username="kiemduyet-A"))
    assert item.reference in client.get("/quan-tri/gop-y/").content.decode()
    client.force_login(users.get(username="kiemduyet-B"))
    listing = client.get("/quan-tri/gop-y/").content.decode()
    assert item.reference not in listing and communes.feedback["B"].reference in listing


def test_published_answers_show_on_the_portal_they_were_asked_on(client, full_demo):
    _, communes = full_demo
    item = communes.feedback["A"]
    Feedback.objects.filter(pk=item.pk).update(status="published", answer="Đã sửa xong.")
    assert client.get(f"/hoi-dap/{item.pk}/", HTTP_HOST="xa-a.localhost").status_code == 200
    assert client.get(f"/hoi-dap/{item.pk}/", HTTP_HOST="xa-b.localhost").status_code == 404
    # The district's own answer (sent before there were many sites) stays on the district's.
    district_answers = client.get("/hoi-dap/", HTTP_HOST="127.0.0.1").content.decode()
    assert "Khi nào công bố kết quả" in district_answers and "Đã sửa xong" not in district_answers


def test_the_demo_province_target_is_split_among_the_communes_with_their_results(full_demo):
    from tiendo.core.models import Result, Target

    _, communes = full_demo
    target = Target.objects.get(resolution__slug="01-nq-tu-2026-minh-hoa", parent=None)
    parts = {part.org_unit.name: part.plan_value for part in target.parts.all()}
    assert sum(parts.values()) == target.plan_value == 300.0
    reported = Result.objects.filter(target=target).values_list("org_unit__name", "value")
    assert dict(reported) == {
        "Xã A (minh họa)": 55.0,
        "Xã B (minh họa)": 48.5,
        "Xã C (minh họa)": 42.0,
    }
    assert communes.communes["C"].predecessors.count() == 2


def test_loading_the_demo_twice_gives_the_same_sites(full_demo):
    from wagtail.models import Site

    from tiendo.sites import demo as sites_demo

    before = sorted(Site.objects.values_list("hostname", flat=True))
    sites_demo.load(full_demo[0])
    assert sorted(Site.objects.values_list("hostname", flat=True)) == before
    assert Feedback.objects.filter(reference__startswith="GY-MINHHOA").count() == 4


def test_a_communes_portal_shows_its_share_of_the_province_target(client, full_demo):
    html = client.get(
        "/nghi-quyet/01-nq-tu-2026-minh-hoa/", HTTP_HOST="xa-a.localhost"
    ).content.decode()
    assert "Phần được giao cho Xã A (minh họa)" in html
    assert "100 tỷ đồng" in html and "55 tỷ đồng (6 tháng đầu năm 2026)" in html
    assert "55,0%" in html
    province = client.get("/nghi-quyet/01-nq-tu-2026-minh-hoa/", HTTP_HOST="tinh.localhost")
    assert "Phần được giao" not in province.content.decode()
