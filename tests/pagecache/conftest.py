"""The page cache as production runs it: a shared tier of its own and the in-memory
tiers of each process, all emptied around every test."""

from __future__ import annotations

import pytest
from django.core.cache import caches

from tiendo.pagecache import generation, replay, store


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.CACHES = {
        **settings.CACHES,
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
    }
    settings.TIENDO_PAGE_CACHE_LOCAL_ENTRIES = 64
    _empty()
    yield caches["pages"]
    _empty()


def _empty() -> None:
    store.memory.clear()
    replay.replays.clear()
    caches["pages"].clear()
    # A number read in another test's (rolled back) database means nothing here.
    generation._forget()


@pytest.fixture
def portal_demo(db):
    from tests import demo_replay

    return demo_replay.demo.load()


def shared_entries(cache) -> int:  # type: ignore[no-untyped-def]
    """How many entries the shared tier holds (LocMemCache keeps them in a dict)."""
    return len(cache._cache)
