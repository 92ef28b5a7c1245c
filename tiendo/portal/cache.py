"""Whole-response caching of the public pages for anonymous visitors.

Every entry is keyed by a *generation* number; saving any content the portal shows
bumps the generation, so one increment invalidates every cached page at once and no
code has to know which pages a change touches. Responses carry an ETag, and a
visitor who already holds the page gets a 304 without a body.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, HttpResponseNotModified

from tiendo.counters import store as counters

# The generation lives in a table, not in this cache: evicting it must never bring
# back a number whose pages are stale (tiendo.counters).
GENERATION_NAME = "generation:portal"
ENTRY_TIMEOUT_SECONDS = 6 * 60 * 60
# Short enough that an edited page reaches readers soon; browsers revalidate with the ETag.
BROWSER_MAX_AGE_SECONDS = 60


def current_generation() -> int:
    return counters.generation(GENERATION_NAME)


def invalidate_portal_cache() -> None:
    """Make every cached page stale (called when content changes)."""
    counters.bump(GENERATION_NAME)


def is_cacheable_request(request: HttpRequest) -> bool:
    """Anonymous reads only: no session (so no messages, no logged-in state), no preview."""
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not getattr(request, "is_preview", False)
    )


def _entry_key(request: HttpRequest) -> str:
    raw = f"{request.get_host()}|{request.get_full_path()}"
    digest = hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]
    return f"portal:page:{current_generation()}:{digest}"


def _etag_of(content: bytes) -> str:
    return '"' + hashlib.sha256(content).hexdigest()[:24] + '"'


def _not_modified(request: HttpRequest, etag: str) -> bool:
    wanted = request.headers.get("If-None-Match", "")
    return etag in [tag.strip() for tag in wanted.split(",")]


def _finish(request: HttpRequest, content: bytes, content_type: str, etag: str) -> HttpResponse:
    if _not_modified(request, etag):
        response: HttpResponse = HttpResponseNotModified()
    else:
        response = HttpResponse(content, content_type=content_type)
    response["ETag"] = etag
    response["Cache-Control"] = f"public, max-age={BROWSER_MAX_AGE_SECONDS}"
    return response


def cached_response(request: HttpRequest, render: Callable[[], HttpResponse]) -> HttpResponse:
    """The cached copy of this page if there is one, else `render()` (stored when it is a
    plain 200 page).

    >>> # in a view: return cached_response(request, lambda: render(request, ...))
    """
    if not is_cacheable_request(request):
        return render()
    key = _entry_key(request)
    entry = cache.get(key)
    if entry is not None:
        content, content_type, etag = entry
        return _finish(request, content, content_type, etag)
    response = render()
    if hasattr(response, "render") and not getattr(response, "is_rendered", True):
        response.render()
    # A page holding a CSRF token or setting cookies belongs to one visitor only.
    personal = response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
    # Only the body and its type are kept, so a download (Content-Disposition) is not.
    download = response.has_header("Content-Disposition")
    if response.status_code != 200 or response.streaming or personal or download:
        return response
    content = response.content
    etag = _etag_of(content)
    content_type = response.get("Content-Type", "text/html; charset=utf-8")
    cache.set(key, (content, content_type, etag), timeout=ENTRY_TIMEOUT_SECONDS)
    return _finish(request, content, content_type, etag)
