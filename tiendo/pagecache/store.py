"""Two tiers: the pages this process served last, in memory (no network, no copy), in
front of a cache the server's processes share (TIENDO_PAGE_CACHE_URL, or a file cache
in the data folder).

Everything is keyed by generation, so nothing here is ever invalidated: a new
generation simply never asks for the old keys, and the memory tier drops them all
the first time it sees the new number.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from typing import Any

from django.conf import settings
from django.core.cache import BaseCache, caches

# Shared entries outlive no edit (the generation moves on); this only bounds how long
# an unvisited page takes room.
SHARED_TIMEOUT_SECONDS = 6 * 60 * 60


def shared_cache() -> BaseCache:
    return caches["pages" if "pages" in settings.CACHES else "default"]


class MemoryTier:
    """A small LRU of one generation's entries, shared by the process's threads."""

    def __init__(self) -> None:
        self._entries: OrderedDict[Any, Any] = OrderedDict()
        self._generation: int | None = None
        self._lock = threading.Lock()

    def _enter(self, generation: int) -> None:
        if generation != self._generation:
            self._entries.clear()
            self._generation = generation

    def get(self, generation: int, key: Any) -> Any:
        with self._lock:
            self._enter(generation)
            value = self._entries.get(key)
            if value is not None:
                self._entries.move_to_end(key)
            return value

    def put(self, generation: int, key: Any, value: Any, capacity: int) -> None:
        with self._lock:
            self._enter(generation)
            if capacity <= 0:
                return
            self._entries[key] = value
            self._entries.move_to_end(key)
            while len(self._entries) > capacity:
                self._entries.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


memory = MemoryTier()


def local_capacity() -> int:
    return int(getattr(settings, "TIENDO_PAGE_CACHE_LOCAL_ENTRIES", 0))


def _shared_key(generation: int, key: Any) -> str:
    digest = hashlib.sha256(repr(key).encode("utf-8")).hexdigest()[:32]
    return f"tiendo:page:{generation}:{digest}"


def get(generation: int, key: Any) -> Any:
    """The value stored under `key` in this generation, or None."""
    value = memory.get(generation, key)
    if value is not None:
        return value
    value = shared_cache().get(_shared_key(generation, key))
    if value is not None:
        memory.put(generation, key, value, local_capacity())
    return value


def put(generation: int, key: Any, value: Any) -> None:
    memory.put(generation, key, value, local_capacity())
    shared_cache().set(_shared_key(generation, key), value, timeout=SHARED_TIMEOUT_SECONDS)
