"""Counters that must survive cache eviction: rate-limit windows and the page cache's
generation.

The embedded default's file cache keeps 300 entries and culls a third at random when
full, so anyone requesting distinct URLs could push out a rate-limit count (and start
afresh) or the page cache's generation (and, were it a counter restarting at 1,
resurrect stale pages). So these live elsewhere:

- generations always in a database table, which nothing culls, incremented in place;
- rate-limit windows in that table too on the embedded default, and in Redis when
  REDIS_URL is set (TIENDO_COUNTERS_BACKEND = "cache"), shared by every server:
  configure Redis with `maxmemory-policy noeviction`.
"""

from __future__ import annotations

import time
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, connection, transaction
from django.db.models import F
from django.utils import timezone

from tiendo.counters.models import Counter

DATABASE = "database"
CACHE = "cache"


def backend() -> str:
    return str(getattr(settings, "TIENDO_COUNTERS_BACKEND", DATABASE))


# Rate-limit windows ----------------------------------------------------------------


def _db_hit(name: str, window_seconds: int) -> int:
    now = timezone.now()
    ends = now + timedelta(seconds=window_seconds)
    with transaction.atomic():
        updated = Counter.objects.filter(name=name, expires_at__gt=now).update(value=F("value") + 1)
        if updated:
            return Counter.objects.values_list("value", flat=True).get(name=name)
        # No live window: start one (replacing an expired row), and sweep old windows.
        Counter.objects.filter(expires_at__lte=now).delete()
        try:
            with transaction.atomic():
                Counter.objects.create(name=name, value=1, expires_at=ends)
        except IntegrityError:  # another process started it a moment ago
            Counter.objects.filter(name=name).update(value=F("value") + 1)
            return Counter.objects.values_list("value", flat=True).get(name=name)
    return 1


def _cache_hit(name: str, window_seconds: int) -> int:
    key = f"tiendo:counter:{name}"
    # add() only writes when the key is absent, so the window starts once.
    cache.add(key, 0, timeout=window_seconds)
    try:
        return int(cache.incr(key))
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, timeout=window_seconds)
        return 1


def hit(name: str, window_seconds: int) -> int:
    """Count one event in the fixed window `name` (started by its first event, lasting
    `window_seconds`); the count so far, this one included."""
    if backend() == CACHE:
        return _cache_hit(name, window_seconds)
    return _db_hit(name, window_seconds)


# Generations -----------------------------------------------------------------------
# Always in the database, even with Redis: a row incremented in place can only grow,
# whatever a cache evicts or a server's clock says.


def _first_generation() -> int:
    """Microseconds since 2020: a new row (a new database, a recreated row) starts above
    any generation an older one could have reached, so pages a cache still holds for
    those numbers are never served again."""
    return int(time.time() * 1_000_000) - 1_577_836_800_000_000


def _read(name: str) -> int | None:
    """One indexed read, written as SQL: it runs on every cached page, where the ORM's
    own cost (about 0.4 ms) would be most of the page's time."""
    table = connection.ops.quote_name(Counter._meta.db_table)
    with connection.cursor() as cursor:
        # The table name is our model's, quoted; the name is passed as a parameter.
        cursor.execute(f"SELECT value FROM {table} WHERE name = %s", [name])
        row = cursor.fetchone()
    return None if row is None else int(row[0])


def generation(name: str) -> int:
    """The current generation of `name`; it never decreases."""
    found = _read(name)
    if found is not None:
        return found
    try:
        with transaction.atomic():
            Counter.objects.create(name=name, value=_first_generation(), expires_at=None)
    except IntegrityError:  # another process created it a moment ago
        pass
    return int(Counter.objects.values_list("value", flat=True).get(name=name))


def bump(name: str) -> int:
    """Move `name` to a new generation, strictly above every earlier one."""
    with transaction.atomic():
        if not Counter.objects.filter(name=name).update(value=F("value") + 1):
            generation(name)
            Counter.objects.filter(name=name).update(value=F("value") + 1)
        return int(Counter.objects.values_list("value", flat=True).get(name=name))
