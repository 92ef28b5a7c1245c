"""Browser tests: Playwright for Python driving Debian's Chromium against the app served
by pytest-django's live_server. Never `playwright install`: the system browser is used.

Screenshots go to test-artifacts/screenshots/ (gitignored), or with
TIENDO_GUIDE_SCREENSHOTS=1 to the clerk's guide (docs/huong-dan/anh/).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in this thread; Django would otherwise refuse
# the database calls the fixtures make next to it.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
GUIDE_IMAGES = Path(__file__).resolve().parents[2] / "docs" / "huong-dan" / "anh"
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """The live server's thread and the test share one database. In memory, SQLite's
    shared cache answers a lock at once with "database table is locked" (it ignores the
    busy timeout), so a request still finishing when the test empties the tables fails
    it; a file in WAL mode waits for the request instead. Applies when a run holds only
    browser tests, as scripts/test runs them."""
    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"].endswith("sqlite3"):
        folder = Path(tempfile.mkdtemp(prefix="tiendo-browser-db-"))
        database.setdefault("TEST", {})["NAME"] = str(folder / "test.sqlite3")


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"Chromium is not installed at {CHROMIUM}: browser tests skipped")
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")
    sync_playwright = sync_api.sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _ensure_wagtail_tree() -> None:
    """Transactional tests empty every table, including the locale, root page and root
    collection that Wagtail's migrations create; put them back before the demo builds
    the site."""
    from wagtail.models import Collection, Locale, Page

    Locale.objects.get_or_create(language_code="vi")
    if Page.get_first_root_node() is None:
        Page.add_root(title="Root", slug="root")
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")


@pytest.fixture
def site_url(live_server, transactional_db):
    from django.core.cache import cache

    from tiendo.core.demo import load_demo

    _ensure_wagtail_tree()
    load_demo()
    cache.clear()
    return live_server.url


@pytest.fixture(params=list(VIEWPORTS))
def viewport(request) -> str:
    return request.param


@pytest.fixture
def phone_page(browser):
    context = browser.new_context(viewport=VIEWPORTS["phone"], locale="vi-VN")
    yield context.new_page()
    context.close()


@pytest.fixture
def browser_page(browser, viewport):
    context = browser.new_context(viewport=VIEWPORTS[viewport], locale="vi-VN")
    page = context.new_page()
    page.viewport_name = viewport  # type: ignore[attr-defined]
    yield page
    context.close()


@pytest.fixture
def screenshot():
    """screenshot(page, "trang-chu") saves test-artifacts/screenshots/trang-chu-<viewport>.png,
    or, with TIENDO_GUIDE_SCREENSHOTS=1, the clerk's guide's picture
    docs/huong-dan/anh/trang-chu-<viewport>.png."""
    folder = GUIDE_IMAGES if os.environ.get("TIENDO_GUIDE_SCREENSHOTS") else SCREENSHOTS
    folder.mkdir(parents=True, exist_ok=True)

    def save(page, name: str) -> Path:
        viewport = getattr(page, "viewport_name", "phone")
        path = folder / f"{name}-{viewport}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return save
