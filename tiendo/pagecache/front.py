"""Answer a cached page in front of Django, at the WSGI level: before Django builds its
request, sends its request signals and runs its middleware, which cost several times
what looking the page up does.

The answer is what Django sent the last time it answered the same stored copy for the
same variant (replay.py), so it is the same to the byte: status, headers in their
order (the security headers and Content-Security-Policy included), body, an empty
body for HEAD, a 304 for a matching If-None-Match. A request is answered here only if
the middleware would answer it from its memory tier, decided by the middleware's own
functions on a Django request object built from a copy of the environ (Django's
parsing of host, path, cookies and query string):

- the page cache is on and this process's generation is still trusted: when it must
  be read again, the request goes to Django, which reads it (nothing here touches the
  database);
- the request is anonymous (`is_cacheable_request`: GET or HEAD, no session cookie, no
  Authorization header) and its host is allowed (Django's `get_host`; a request with a
  bad host goes on to Django, which answers 400);
- the memory tier holds the page under the middleware's key, and it is the very entry
  Django answered with (not a copy read again from the shared tier since).

Anything else goes to Django unchanged; the next time Django answers it from the page
cache, what it sends is kept for the time after.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.core.handlers.wsgi import WSGIRequest

from tiendo.pagecache import generation, keys, replay, store
from tiendo.pagecache.middleware import is_cacheable_request

StartResponse = Callable[..., Any]
WSGIApplication = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]


def answer(environ: dict[str, Any]) -> replay.Wire | None:
    """The cached answer to this request, or None: Django answers it."""
    if not settings.TIENDO_PAGE_CACHE:
        return None
    number = generation.trusted()
    if number is None:
        return None
    # A copy: WSGIRequest writes the decoded path into the environ it is given, and
    # Django builds its own request from the original if the page is not answered here.
    request = WSGIRequest(dict(environ))
    if not is_cacheable_request(request):
        return None
    try:
        location = keys.page_location(request)
        params = store.memory.get(number, ("params", location))
        if params is None:
            return None
        query = _page_query(request, params)
    except SuspiciousOperation:  # a bad host, too many query fields: Django answers 400
        return None
    if query is None:
        return None
    key = ("page", location, query)
    entry = store.memory.get(number, key)
    if entry is None:
        return None
    return replay.lookup(number, key, entry, replay.variant(request, entry))


# The canonical query of a page's parameters is a function of the raw query string:
# kept for the query strings met last (bounded: visitors choose them).
_QUERIES_KEPT = 1024
_queries: dict[tuple[tuple[str, ...], str], str | None] = {}


def _page_query(request: WSGIRequest, params: tuple[str, ...]) -> str | None:
    if not params:
        return keys.page_query(request, params)
    raw = (params, request.environ.get("QUERY_STRING", ""))
    try:
        return _queries[raw]
    except KeyError:
        pass
    query = keys.page_query(request, params)
    if len(_queries) >= _QUERIES_KEPT:
        _queries.clear()
    _queries[raw] = query
    return query


class PageCacheApplication:
    """The WSGI application: cached pages answered here, the rest by Django's."""

    def __init__(self, django_application: WSGIApplication) -> None:
        self.django_application = django_application

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        wire = answer(environ)
        if wire is not None:
            start_response(wire.status, list(wire.headers))
            return [wire.body]
        sent: list[tuple[str, tuple[tuple[str, str], ...]]] = []

        def keep_start_response(status: str, headers: list[tuple[str, str]], *rest: Any) -> Any:
            sent.append((status, tuple(headers)))  # as given, before the server reads them
            return start_response(status, headers, *rest)

        response = self.django_application(environ, keep_start_response)
        found = environ.get(replay.NOTE)
        if found is not None and sent:
            _keep(found, *sent[-1], response)
        return response


def _keep(
    found: replay.Note, status: str, headers: tuple[tuple[str, str], ...], response: Any
) -> None:
    """Keep Django's answer from the page cache for the next request, if it is one
    that can be sent again as is: a 200 or a 304 in memory, setting no cookie."""
    if status[:4] not in ("200 ", "304 ") or getattr(response, "streaming", True):
        return
    if any(name.lower() == "set-cookie" for name, _ in headers):
        return
    replay.record(found, replay.Wire(status, headers, response.content))
