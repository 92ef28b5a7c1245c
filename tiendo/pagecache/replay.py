"""What Django sent for a cached page, kept as it went to the server, so the next
request for the same copy can be answered with it in front of Django (front.py).

When the middleware answers with a stored entry (a hit, or the page it has just
stored), it leaves a `Note` in the WSGI environ: the generation, the key, the entry
itself and the request's variant. The application in front (front.py) then keeps the
status line, header list and body Django sent, under that key and variant, in a
memory tier of this process keyed by generation like the entries themselves.

A variant is everything besides the key that a cached answer depends on: the method
(HEAD has no body), whether the reader already holds the copy (If-None-Match: 304)
and whether the request came over HTTPS (SecurityMiddleware's HSTS header). Nothing
else above the page cache (SecurityMiddleware, WhiteNoise) reads the request.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from django.http import HttpRequest

from tiendo.pagecache.entry import Entry
from tiendo.pagecache.store import MemoryTier, local_capacity

# The environ key of the note the middleware leaves.
NOTE = "tiendo.pagecache.answer"

Variant = tuple[str, bool, bool]


class Note(NamedTuple):
    generation: int
    key: tuple[Any, ...]
    entry: Entry
    variant: Variant


class Wire(NamedTuple):
    """A response as Django gave it to the WSGI server."""

    status: str
    headers: tuple[tuple[str, str], ...]
    body: bytes


class Replay(NamedTuple):
    """The answers sent for one entry, by variant."""

    entry: Entry
    wires: dict[Variant, Wire]


replays = MemoryTier()


def variant(request: HttpRequest, entry: Entry) -> Variant:
    return (request.method or "", entry.not_modified(request), request.is_secure())


def note(request: HttpRequest, generation: int, key: tuple[Any, ...], entry: Entry) -> None:
    """Called by the middleware when it answers `request` with `entry`."""
    request.META[NOTE] = Note(generation, key, entry, variant(request, entry))


def record(found: Note, wire: Wire) -> None:
    replay = replays.get(found.generation, found.key)
    if replay is None or replay.entry is not found.entry:
        replay = Replay(found.entry, {})
        replays.put(found.generation, found.key, replay, local_capacity())
    replay.wires[found.variant] = wire


def lookup(generation: int, key: tuple[Any, ...], entry: Entry, wanted: Variant) -> Wire | None:
    """What was sent for this very entry (not an equal copy read again from the shared
    tier since) and this variant, or None."""
    replay = replays.get(generation, key)
    if replay is None or replay.entry is not entry:
        return None
    return replay.wires.get(wanted)
