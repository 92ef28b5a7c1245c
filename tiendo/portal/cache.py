"""The portal's side of the page cache (tiendo.pagecache): saving anything the portal
shows makes every cached page stale (signals.py calls `invalidate_portal_cache`)."""

from __future__ import annotations

from tiendo.pagecache import generation


def current_generation() -> int:
    return generation.current()


def invalidate_portal_cache() -> None:
    """Make every cached page stale (called when content changes)."""
    generation.bump()
