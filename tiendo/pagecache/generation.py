"""The page cache's generation: part of every key, so bumping it makes every cached
page stale at once.

The number lives in a database row incremented in place (tiendo.counters), never in
the cache: an evicted counter would restart and bring back pages cached under its
old numbers. Reading the row costs a query; a cached page costs little more than that,
so each process trusts the number it read for TIENDO_PAGE_CACHE_RECHECK_MS (1 s by
default) before reading it again. The process that bumps forgets its number at once,
and again when the bump commits, so its own next request reads the new one.

A read that started before a forget (or raced a thread that read a newer number) is
returned to its own request but never remembered: the number a process trusts only
moves forward.
"""

from __future__ import annotations

import threading
import time

from django.conf import settings
from django.db import transaction

from tiendo.counters import store as counters

NAME = "generation:portal"

# (number, when it was read): one tuple, so a thread never pairs a number with
# another number's time.
_memo: tuple[int, float] | None = None
# How many times the number was forgotten: a read that began before a forget is stale.
_forgotten = 0
_lock = threading.Lock()


def _forget() -> None:
    global _memo, _forgotten
    with _lock:
        _forgotten += 1
        _memo = None


def _fresh(memo: tuple[int, float] | None) -> bool:
    recheck = int(getattr(settings, "TIENDO_PAGE_CACHE_RECHECK_MS", 0)) / 1000
    return memo is not None and time.monotonic() - memo[1] < recheck


def current() -> int:
    """The generation pages are cached under now; it never decreases."""
    global _memo
    number = trusted()
    if number is not None:
        return number
    now = time.monotonic()
    forgotten = _forgotten
    value = counters.generation(NAME)
    with _lock:
        memo = _memo
        if memo is not None and memo[0] > value and _fresh(memo):
            # Another thread read a newer number while this one waited: keep it.
            return memo[0]
        if forgotten == _forgotten:
            _memo = (value, now)
    return value


def trusted() -> int | None:
    """The number current() would return without reading the database, or None when
    it would read it (the number is older than TIENDO_PAGE_CACHE_RECHECK_MS, or
    forgotten). For the answer in front of Django (tiendo/pagecache/front.py), which
    never touches the database."""
    memo = _memo
    return memo[0] if _fresh(memo) else None


def bump() -> int:
    """Make every cached page stale (called when content changes)."""
    _forget()
    value = counters.bump(NAME)
    # A reader may have read the old number between the bump and its commit.
    transaction.on_commit(_forget)
    return value
