"""Answer a cached anonymous page before the rest of the stack runs, and store the pages
views marked as cacheable on their way out.

Place it right after SecurityMiddleware and WhiteNoise: the security headers are added
to every answer, cached or not; sessions, messages, authentication, the Wagtail site
lookup and the view only run on a miss. A page is looked up in two steps, because
which query parameters count depends on the page: the path gives the parameters its
page reads (stored with the page), and those give the page.

When tiendo runs behind tiendo/wsgi.py, the next hit on the same copy does not even
reach this middleware: front.py answers it with what Django sent this time (replay.py).
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from tiendo.pagecache import generation, keys, replay, store
from tiendo.pagecache.entry import entry_of
from tiendo.pagecache.marking import cacheable_params


def is_cacheable_request(request: HttpRequest) -> bool:
    """Anonymous reads only: no session (so no messages, no signed-in state), no token."""
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
    )


class PageCacheMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not settings.TIENDO_PAGE_CACHE or not is_cacheable_request(request):
            return self.get_response(request)
        number = generation.current()
        # Read once a request: what comes after (tiendo/portal/site_memo.py) reuses it.
        request.page_cache_generation = number  # type: ignore[attr-defined]
        location = keys.page_location(request)
        params = store.get(number, ("params", location))
        if params is not None:
            query = keys.page_query(request, params)
            key = ("page", location, query)
            entry = None if query is None else store.get(number, key)
            if entry is not None:
                replay.note(request, number, key, entry)
                return entry.response(request)
        response = self.get_response(request)
        return self._store(request, response, number, location)

    @staticmethod
    def _store(
        request: HttpRequest, response: HttpResponse, number: int, location: tuple[str, str, str]
    ) -> HttpResponse:
        params = cacheable_params(request)
        if params is None or getattr(request, "is_preview", False):
            return response
        query = keys.page_query(request, params)
        entry = entry_of(request, response) if query is not None else None
        if entry is None:
            return response
        # Stored under the generation read before rendering: an edit made meanwhile
        # has moved the generation on, so this copy is never served after it.
        key = ("page", location, query)
        store.put(number, ("params", location), params)
        store.put(number, key, entry)
        replay.note(request, number, key, entry)
        return entry.response(request)
