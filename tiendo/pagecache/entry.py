"""A finished page as stored: status 200, its headers (those the middleware below the
cache added, such as the Content-Security-Policy, included) and its body, with an ETag.
"""

from __future__ import annotations

import hashlib
from typing import NamedTuple

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseNotModified

# Short enough that an edited page reaches readers soon; browsers revalidate with the ETag.
BROWSER_MAX_AGE_SECONDS = 60
# Larger pages are served, not stored.
MAX_BODY_BYTES = 2 * 1024 * 1024
# Set here on every copy; a 304 repeats them (RFC 9110 §15.4.5).
_OWN_HEADERS = frozenset({"cache-control", "etag", "x-accel-expires", "set-cookie", "date"})
_NOT_MODIFIED_KEEPS = ("Cache-Control", "ETag", "Vary", "X-Accel-Expires")


class Entry(NamedTuple):
    headers: tuple[tuple[str, str], ...]
    content: bytes
    etag: str

    def response(self, request: HttpRequest) -> HttpResponse:
        headers = dict(self.headers)
        headers["ETag"] = self.etag
        headers["Cache-Control"] = f"public, max-age={BROWSER_MAX_AGE_SECONDS}"
        # nginx's micro-cache keeps the page this long, then revalidates with the ETag.
        headers["X-Accel-Expires"] = str(getattr(settings, "TIENDO_MICROCACHE_SECONDS", 1))
        if self.not_modified(request):
            response: HttpResponse = HttpResponseNotModified()
            for name in _NOT_MODIFIED_KEEPS:
                if name in headers:
                    response[name] = headers[name]
            return response
        # HEAD: the headers of the page (its Content-Length included), no body.
        body = b"" if request.method == "HEAD" else self.content
        return HttpResponse(body, headers=headers)

    def not_modified(self, request: HttpRequest) -> bool:
        """The reader already holds this copy (If-None-Match): a 304 answers."""
        return self.etag in _etags(request)


def _etags(request: HttpRequest) -> list[str]:
    wanted = request.META.get("HTTP_IF_NONE_MATCH", "")
    return [tag.strip().removeprefix("W/") for tag in wanted.split(",")] if wanted else []


def _is_private(response: HttpResponse) -> bool:
    control = response.get("Cache-Control", "").lower()
    return any(word in control for word in ("private", "no-store", "no-cache"))


def entry_of(request: HttpRequest, response: HttpResponse) -> Entry | None:
    """The response as an entry, or None when it must not be shared between visitors."""
    if response.status_code != 200 or response.streaming:
        return None
    # A page holding a CSRF token or setting cookies belongs to one visitor only.
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return None
    # Downloads go to the browser as they are; they would only crowd pages out.
    if response.has_header("Content-Disposition") or _is_private(response):
        return None
    content = response.content
    if len(content) > MAX_BODY_BYTES:
        return None
    headers = tuple(
        (name, value) for name, value in response.items() if name.lower() not in _OWN_HEADERS
    )
    etag = '"' + hashlib.sha256(content).hexdigest()[:24] + '"'
    return Entry(headers, content, etag)
