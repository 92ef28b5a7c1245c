"""Whole-page caching of what anonymous visitors read.

A view (or a Wagtail page type) declares that its page may be kept for visitors and
which query parameters it reads (`cache_page`, `mark_cacheable`); the middleware
(`middleware.PageCacheMiddleware`, placed early) stores the finished response and
answers the next request for it before sessions, messages or the Wagtail site lookup
run. Entries are keyed by a generation kept in the database (`generation`), so one
bump makes every page stale and no eviction can bring an old one back; keys keep only
the parameters the page reads (`keys`), so junk query strings do not create entries.
"""

from __future__ import annotations

from tiendo.pagecache.marking import cache_page, mark_cacheable

__all__ = ["cache_page", "mark_cacheable"]
