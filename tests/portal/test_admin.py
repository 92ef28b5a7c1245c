"""Editors can open the portal's pages and settings in the Wagtail admin."""

from __future__ import annotations


def test_editor_opens_the_article_and_the_site_settings(demo_article_page, client, province_admin):
    from wagtail.models import Site

    client.force_login(province_admin)
    edit_page = client.get(f"/quan-tri/pages/{demo_article_page.pk}/edit/")
    assert edit_page.status_code == 200
    assert "Mô tả ảnh (văn bản thay thế)" in edit_page.content.decode()
    site = Site.objects.get(is_default_site=True)
    settings_page = client.get(f"/quan-tri/settings/portal/portalsettings/{site.pk}/")
    assert settings_page.status_code == 200
    assert "Người chịu trách nhiệm nội dung" in settings_page.content.decode()


def test_publishing_and_unpublishing_an_article_updates_search(news_index, client, province_admin):
    from tiendo.portal.models import NewsPage

    draft = NewsPage(title="Khánh thành cầu Phố Lu (minh họa)", body="<p>Cầu.</p>", live=False)
    news_index.add_child(instance=draft)
    revision = draft.save_revision()
    assert "Khánh thành cầu" not in client.get("/tim-kiem/?q=khanh+thanh").content.decode()
    revision.publish()
    assert "Khánh thành cầu" in client.get("/tim-kiem/?q=khanh+thanh").content.decode()
    draft.refresh_from_db()
    draft.unpublish()
    assert "Khánh thành cầu" not in client.get("/tim-kiem/?q=khanh+thanh").content.decode()
