from __future__ import annotations

import xml.etree.ElementTree as ElementTree

import pytest
from django.core.exceptions import ValidationError


def test_article_page_shows_date_author_and_related_document(demo_article_page, client):
    html = client.get(demo_article_page.url).content.decode()
    assert "12/04/2022" in html
    assert demo_article_page.author in html
    assert "/van-ban/nghi-quyet-15-nq-hu/" in html


def test_article_page_marks_every_sentence_a_result_came_from(
    portal_demo, demo_article_page, client
):
    html = client.get(demo_article_page.url).content.decode()
    for result in portal_demo.results:
        assert f'<mark id="so-lieu-{result.pk}" class="so-lieu">{result.source_text}</mark>' in html


def test_an_image_without_alt_text_is_refused(news_index):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(title="Ảnh", file=get_test_image_file())
    from tiendo.portal.models import NewsPage

    page = NewsPage(title="Tin có ảnh", slug="tin-co-anh", body="<p>x</p>", image=image)
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "image_alt" in error.value.message_dict


def test_news_index_filters_by_category(add_article, client):
    from tiendo.portal.models import NewsCategory

    culture = NewsCategory.objects.create(name="Văn hóa", slug="van-hoa")
    festival = add_article("Lễ hội đền Bảo Hà (minh họa)")
    festival.categories.set([culture])
    festival.save_revision().publish()
    html = client.get("/tin-tuc/?chuyen-muc=van-hoa").content.decode()
    assert "Lễ hội đền Bảo Hà" in html
    assert "kết quả quý I năm 2022" not in html


def test_news_index_pages_ten_articles_at_a_time(add_article, client):
    for number in range(12):
        add_article(f"Tin số {number} (minh họa)")
    first = client.get("/tin-tuc/").content.decode()
    second = client.get("/tin-tuc/?trang=2").content.decode()
    assert "Trang 1/2" in first and "Trang 2/2" in second
    assert first.count('class="the-tin"') == 10
    assert second.count('class="the-tin"') == 3


def test_rss_feed_is_valid_xml_listing_the_articles(demo_article_page, client):
    response = client.get("/tin-tuc/rss/")
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ElementTree.fromstring(response.content).find("channel")
    titles = [item.findtext("title") for item in channel.findall("item")]
    assert demo_article_page.title in titles
    assert channel.findtext("language") == "vi"


def test_marked_figures_in_an_article_are_explained_under_it(demo_article_page, client):
    html = client.get(demo_article_page.url).content.decode()
    assert 'class="so-lieu"' in html
    assert 'id="chu-thich-so-lieu"' in html
    assert "Tiến độ thực hiện nghị quyết" in html and 'href="/nghi-quyet/"' in html


def test_an_article_without_figures_has_no_legend(add_article, client):
    page = add_article("Lễ hội đền Bảo Hà (minh họa)")
    html = client.get(page.url).content.decode()
    assert 'class="so-lieu"' not in html and "chu-thich-so-lieu" not in html


def test_news_marks_are_only_highlighted_for_the_sentence_a_reader_was_sent_to():
    from pathlib import Path

    import tiendo.portal

    css = (Path(tiendo.portal.__file__).parent / "static/portal/portal.css").read_text()
    assert ".noi-dung-bai mark.so-lieu { background: none;" in css
    assert ".noi-dung-bai mark.so-lieu:target { background: #ffd24d; }" in css
