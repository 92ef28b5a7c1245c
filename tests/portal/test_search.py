from __future__ import annotations

import pytest


def _titles(client, query: str) -> str:
    return client.get("/tim-kiem/", {"q": query}).content.decode()


def test_search_without_diacritics_lists_the_q1_2022_article(demo_article_page, client):
    html = _titles(client, "bao thang")
    assert f'href="{demo_article_page.url}"' in html
    assert "Bảo Thắng: kết quả quý I năm 2022" in html


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("thuy", ["Nước sinh hoạt ở Thủy Lợi", "Xã Xuân Quang và lễ hội thuỷ đăng"]),
        ("thuỷ", ["Nước sinh hoạt ở Thủy Lợi", "Xã Xuân Quang và lễ hội thuỷ đăng"]),
        ("THỦY", ["Nước sinh hoạt ở Thủy Lợi", "Xã Xuân Quang và lễ hội thuỷ đăng"]),
        ("dang", ["Sinh hoạt chi bộ của Đảng bộ xã"]),
        ("đảng bộ", ["Sinh hoạt chi bộ của Đảng bộ xã"]),
    ],
)
def test_search_ignores_diacritics_and_tone_placement(add_article, client, query, titles):
    for title in (
        "Nước sinh hoạt ở Thủy Lợi",
        "Xã Xuân Quang và lễ hội thuỷ đăng",
        "Sinh hoạt chi bộ của Đảng bộ xã",
        "Chợ phiên cuối tuần",
    ):
        add_article(f"{title} (minh họa)")
    html = _titles(client, query)
    for title in titles:
        assert title in html
    assert "Chợ phiên cuối tuần" not in html


def test_search_needs_every_term_to_match(add_article, client):
    add_article("Đường giao thông nông thôn (minh họa)")
    add_article("Giao thông đô thị (minh họa)")
    html = _titles(client, "giao thong nong thon")
    assert "Đường giao thông nông thôn" in html
    assert "Giao thông đô thị" not in html


def test_search_finds_documents_and_targets(portal_demo, client):
    html = _titles(client, "ngan sach")
    assert "Tổng thu ngân sách nhà nước trên địa bàn" in html
    assert f"/chi-tieu/{portal_demo.targets['3'].pk}/" in html
    assert "/van-ban/nghi-quyet-15-nq-hu/" in _titles(client, "15-NQ/HU")


def test_search_escapes_the_query_it_shows_back(portal_demo, client):
    attack = '<script>alert("x")</script>'
    html = _titles(client, attack)
    assert attack not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


def test_search_results_follow_content_changes(portal_demo, client):
    document = portal_demo.resolution_document
    assert "/van-ban/nghi-quyet-15-nq-hu/" in _titles(client, "15-NQ/HU")
    document.is_public = False
    document.save()
    assert "/van-ban/nghi-quyet-15-nq-hu/" not in _titles(client, "15-NQ/HU")


def test_search_pages_its_results(add_article, client):
    for number in range(25):
        add_article(f"Tin hội nghị số {number} (minh họa)")
    first = _titles(client, "hoi nghi")
    assert "Trang 1/2" in first
    assert "?q=hoi%20nghi&amp;trang=2" in first
