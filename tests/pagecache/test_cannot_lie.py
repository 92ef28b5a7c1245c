"""A cache that cannot lie: its generation never moves back, whatever is evicted, and
only the parameters a page reads make distinct entries."""

from __future__ import annotations

import time

import pytest

from tests.pagecache.conftest import shared_entries
from tiendo.pagecache import generation, store


def _rename(resolution, title: str) -> None:  # type: ignore[no-untyped-def]
    resolution.title = title
    resolution.save()


@pytest.mark.parametrize("evict", ["shared tier", "memory tier", "both tiers"])
def test_evicting_the_cache_after_an_edit_never_brings_back_the_old_page(
    portal_demo, client, page_cache, evict
):
    old_title = portal_demo.resolution.title
    assert old_title in client.get("/nghi-quyet/").content.decode()
    _rename(portal_demo.resolution, "Nghị quyết đã đổi tên (minh họa)")
    number = generation.current()
    if evict != "memory tier":
        page_cache.clear()
    if evict != "shared tier":
        store.memory.clear()
    page = client.get("/nghi-quyet/").content.decode()
    assert "Nghị quyết đã đổi tên (minh họa)" in page
    assert old_title not in page
    assert generation.current() == number


def test_a_flood_of_pages_evicting_everything_leaves_the_generation_where_it_was(
    portal_demo, client, settings, tmp_path
):
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path / "pages"),
            "OPTIONS": {"MAX_ENTRIES": 30},
        },
    }
    client.get("/nghi-quyet/")
    generation.bump()
    bumped = generation.current()
    for n in range(200):
        client.get(f"/tim-kiem/?q=tu-{n}")
    assert generation.current() == bumped


def test_the_generation_read_again_after_a_pause_is_never_lower(portal_demo, settings):
    settings.TIENDO_PAGE_CACHE_RECHECK_MS = 60_000
    first = generation.current()
    generation.bump()
    # The bump forgets the number this process held, so it is read again at once.
    assert generation.current() > first


def test_a_thousand_junk_urls_make_one_entry(portal_demo, client, page_cache):
    client.get("/")
    before = shared_entries(page_cache)
    for n in range(1000):
        assert client.get(f"/?utm_source=x{n}&trang={n}").status_code == 200
    assert shared_entries(page_cache) == before


@pytest.mark.parametrize(
    ("path", "same", "different"),
    [
        ("/tim-kiem/", "?q=ngh%E1%BB%8B&junk=1", "?q=ngh%E1%BB%8B&trang=2"),
        ("/tin-tuc/", "?foo=bar", "?trang=2"),
        ("/nghi-quyet/", "?x=1&y=2", "?trang=2"),
        ("/van-ban/", "?abc=1", "?nam=2022"),
    ],
)
def test_only_the_parameters_a_page_reads_make_a_new_entry(
    portal_demo, client, page_cache, path, same, different
):
    base = same.split("&")[0] if same.startswith("?q=") else ""
    client.get(path + base)
    entries = shared_entries(page_cache)
    client.get(path + same)
    assert shared_entries(page_cache) == entries
    client.get(path + different)
    assert shared_entries(page_cache) == entries + 1


def test_a_page_read_under_an_old_generation_is_not_served_after_an_edit(portal_demo, client):
    before = client.get("/nghi-quyet/")
    _rename(portal_demo.resolution, "Tên mới của nghị quyết (minh họa)")
    after = client.get("/nghi-quyet/")
    assert after["ETag"] != before["ETag"]


def test_a_read_that_raced_a_bump_is_not_remembered(portal_demo, settings, monkeypatch):
    settings.TIENDO_PAGE_CACHE_RECHECK_MS = 60_000
    generation._forget()
    old = generation.current()
    generation._forget()
    real_read = generation.counters.generation

    def read_then_bump(name):
        # This thread read the old number; meanwhile the edit commits and forgets.
        value = real_read(name)
        generation.bump()
        return value

    monkeypatch.setattr(generation.counters, "generation", read_then_bump)
    assert generation.current() == old
    monkeypatch.setattr(generation.counters, "generation", real_read)
    assert generation.current() > old


def test_a_thread_never_replaces_a_newer_number_with_an_older_one(
    portal_demo, settings, monkeypatch
):
    settings.TIENDO_PAGE_CACHE_RECHECK_MS = 60_000
    generation._forget()
    old = generation.current()
    generation._forget()

    def slow_old_read(name):
        # While this thread waited on the database, another read the newer number.
        generation._memo = (old + 1, time.monotonic())
        return old

    monkeypatch.setattr(generation.counters, "generation", slow_old_read)
    assert generation.current() == old + 1
    assert generation._memo[0] == old + 1
