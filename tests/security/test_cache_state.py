"""Rate-limit counts and the page cache's generation survive a cache flood.

The embedded default keeps pages in a file cache of 300 entries that culls a third at
random when full; an anonymous visitor asking for many distinct URLs fills it."""

from __future__ import annotations

import pytest
from django.core.cache import cache

from tiendo.counters import store
from tiendo.feedback.ratelimit import RateLimit, register_attempt
from tiendo.portal.cache import current_generation, invalidate_portal_cache

pytestmark = pytest.mark.django_db


@pytest.fixture
def small_file_cache(settings, tmp_path):
    """The embedded default's cache, as tiendo.settings configures it without Redis."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path / "cache"),
        }
    }
    settings.TIENDO_COUNTERS_BACKEND = "database"
    yield cache
    cache.clear()


def _flood(count: int = 3000) -> None:
    for n in range(count):
        cache.set(f"portal:page:trang-{n}", b"x" * 10, timeout=600)


def test_a_flood_of_distinct_pages_does_not_reset_a_rate_limit(small_file_cache):
    limit = RateLimit(max_attempts=5, window_seconds=600)
    assert all(register_attempt("feedback", "198.51.100.9", limit) for _ in range(5))
    _flood()
    assert not register_attempt("feedback", "198.51.100.9", limit)


def test_a_flood_does_not_move_the_page_generation_back(small_file_cache):
    before = current_generation()
    invalidate_portal_cache()
    bumped = current_generation()
    assert bumped > before
    _flood()
    cache.clear()
    assert current_generation() == bumped


def test_the_generation_only_grows_however_often_it_is_bumped(small_file_cache):
    seen = [current_generation()]
    for _ in range(20):
        invalidate_portal_cache()
        seen.append(current_generation())
    assert seen == sorted(set(seen))


def test_a_new_generation_row_starts_above_numbers_an_older_one_handed_out(small_file_cache):
    from tiendo.counters.models import Counter

    for _ in range(3):
        invalidate_portal_cache()
    old = current_generation()
    Counter.objects.filter(name="generation:portal").delete()  # a fresh database
    assert current_generation() > old


def test_a_window_ends_and_a_new_one_starts(small_file_cache):
    from datetime import timedelta

    from django.utils import timezone

    from tiendo.counters.models import Counter

    assert [store.hit("ratelimit:x", 60) for _ in range(3)] == [1, 2, 3]
    Counter.objects.filter(name="ratelimit:x").update(
        expires_at=timezone.now() - timedelta(seconds=1)
    )
    assert store.hit("ratelimit:x", 60) == 1


def test_with_redis_the_window_is_counted_in_the_shared_cache(settings):
    settings.TIENDO_COUNTERS_BACKEND = "cache"
    assert [store.hit("ratelimit:redis", 60) for _ in range(3)] == [1, 2, 3]
    from tiendo.counters.models import Counter

    assert not Counter.objects.filter(name="ratelimit:redis").exists()
