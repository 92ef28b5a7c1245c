from __future__ import annotations

import pytest

from tiendo.adminui.crawl.english import english_catalogue
from tiendo.adminui.crawl.visible_text import visible_strings


@pytest.mark.parametrize(
    ("shown", "message"),
    [
        ("Pages", "Pages"),
        ("Save draft", "Save draft"),
        ("5 Pages created in Bảo Thắng", "%(total)s Pages created in %(site_name)s"),
        ("%(objects)s documents selected", "%(objects)s documents selected"),
        ("This field is required.", "This field is required."),
    ],
)
def test_english_text_on_a_screen_is_found_in_the_catalogue(shown, message):
    assert english_catalogue().message_for(shown) == message


@pytest.mark.parametrize(
    "shown", ["Trang", "Lưu nháp", "5 trang trong Bảo Thắng", "15-NQ/HU", "%(count)s", "42"]
)
def test_vietnamese_text_and_bare_figures_are_not_taken_for_english(shown):
    assert english_catalogue().message_for(shown) is None


def test_visible_text_includes_what_a_browser_shows_and_reads_aloud():
    html = """
    <html><head><title>Tiêu đề</title><style>.x{content:"Styles"}</style></head><body>
    <script>var label = "Scripts";</script>
    <script id="wagtail-sidebar-props" type="application/json">
      {"modules": [{"_type": "x", "_args": [{"label": "Reports", "url": "/quan-tri/"}]}]}
    </script>
    <a href="/quan-tri/" title="Dashboard tip">Trang</a>
    <input type="search" placeholder="Search all pages…">
    <input type="submit" value="Save">
    <button aria-label="Close dialog"></button>
    <p>5 <span>Pages</span> created</p>
    <template><p>Add child page</p></template>
    <!-- Comment text -->
    </body></html>
    """
    shown = visible_strings(html)
    for text in (
        "Reports",
        "Dashboard tip",
        "Search all pages…",
        "Save",
        "Close dialog",
        "5 Pages created",
        "Add child page",
    ):
        assert text in shown
    for hidden in ("Scripts", '.x{content:"Styles"}', "Comment text", "/quan-tri/"):
        assert hidden not in shown
