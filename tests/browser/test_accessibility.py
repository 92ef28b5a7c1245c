"""Every public page passes a small WCAG 2.1 AA audit in the browser: one h1 in a
<main>, a page language, alternative text, labelled fields, and text contrast of
4.5:1 (3:1 for large text) against the background it is drawn on."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

AUDIT = (Path(__file__).parent / "accessibility.js").read_text(encoding="utf-8")
PAGES = [
    "/",
    "/tin-tuc/",
    "/tin-tuc/bao-thang-ket-qua-quy-i-2022/",
    "/van-ban/",
    "/nghi-quyet/",
    "/tim-kiem/?q=thu+ngan+sach",
    "/gop-y/",
    "/hoi-dap/",
    "/gioi-thieu/",
    "/dang-nhap/",
]


def test_public_pages_pass_the_accessibility_audit(site_url, phone_page):
    from tiendo.core.models import Resolution

    resolution = Resolution.objects.get(number="15-NQ/HU")
    target = resolution.targets.order_by("sort_order").first()
    pages = [
        *PAGES,
        f"/nghi-quyet/{resolution.slug}/",
        f"/nghi-quyet/{resolution.slug}/chi-tieu/{target.pk}/",
    ]
    found = {}
    for path in pages:
        response = phone_page.goto(site_url + path)
        assert response is not None and response.ok, path
        problems = phone_page.evaluate(AUDIT)
        if problems:
            found[path] = problems
    assert found == {}


def test_the_audit_finds_what_it_looks_for(browser):
    """The audit is no rubber stamp: a page with each fault gets each complaint."""
    context = browser.new_context()
    page = context.new_page()
    page.set_content(
        "<html><body><h1>A</h1><h1>B</h1><img src='x.png'>"
        "<input type='text' id='q'><p style='color:#aaa;background:#fff'>nhạt</p>"
        "</body></html>"
    )
    problems = " | ".join(page.evaluate(AUDIT))
    context.close()
    expected = ("no lang", "2 h1", "no <main>", "img without alt", "without a label", "contrast")
    for complaint in expected:
        assert complaint in problems
