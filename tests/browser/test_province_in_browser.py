"""A reader on a phone reads a province's target commune by commune."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture
def province_url(site_url):
    from django.core.cache import cache

    from tests.province.conftest import build_province, merge_into_first
    from tiendo.sites.services import add_site

    data = build_province(12)
    merge_into_first(data)
    # The province's own portal, on its host name (the browser resolves *.localhost).
    port = urlsplit(site_url).port
    add_site(unit=data.province, hostname="tinh.localhost", port=port)
    cache.clear()
    return f"http://tinh.localhost:{port}/nghi-quyet/{data.resolution.slug}/xa-phuong/"


def test_reader_reads_the_communes_on_a_phone_and_sorts_them(province_url, phone_page, screenshot):
    phone_page.goto(province_url)
    assert phone_page.get_by_role("heading", level=1).inner_text().endswith("theo xã, phường")
    assert phone_page.locator(".xa-bieu-do li").count() >= 1
    # Nothing wider than the phone: the table turns into cards, the chart into rows.
    width = phone_page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390
    screenshot(phone_page, "xa-phuong")
    sorting = phone_page.get_by_role("navigation", name="Sắp xếp bảng")
    sorting.get_by_role("link", name="Số liệu", exact=True).click()
    phone_page.wait_for_url("**sap-xep=-gia-tri")
    first = phone_page.locator("tbody th[scope=row]").first.inner_text()
    assert first.startswith("Xã Số 012")
