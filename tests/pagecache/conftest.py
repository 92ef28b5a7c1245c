"""The page cache as production runs it: a shared tier of its own and the in-memory
tier of each process, both emptied around every test."""

from __future__ import annotations

import pytest
from django.core.cache import caches

from tiendo.pagecache import store


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.CACHES = {
        **settings.CACHES,
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
    }
    settings.TIENDO_PAGE_CACHE_LOCAL_ENTRIES = 64
    store.memory.clear()
    caches["pages"].clear()
    yield caches["pages"]
    store.memory.clear()
    caches["pages"].clear()


@pytest.fixture
def portal_demo(db):
    from tiendo.core.demo import load_demo

    return load_demo()


def shared_entries(cache) -> int:  # type: ignore[no-untyped-def]
    """How many entries the shared tier holds (LocMemCache keeps them in a dict)."""
    return len(cache._cache)
