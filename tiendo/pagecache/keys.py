"""What identifies a cached page: host, language, path and the values of the query
parameters the page reads, nothing else.

A visitor can add any parameter to a URL; keeping them all would let a script fill the
cache with copies of one page (`/?x=1`, `/?x=2`, ...). Each page type lists the
parameters it reads, and the key keeps only those.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import HttpRequest
from django.utils import translation

# A longer value is not a reader's query: the page is served, not stored.
MAX_VALUE_LENGTH = 200


def page_location(request: HttpRequest) -> tuple[str, str, str]:
    """(host, language, path): where a page lives, before its query parameters."""
    language = translation.get_language_from_request(request)
    return request.get_host(), language, request.path


def page_query(request: HttpRequest, params: tuple[str, ...]) -> str | None:
    """The page's own parameters in a canonical form ("q=bao+thang&trang=2"), as the
    view reads them (QueryDict.get: the last value); None when one is too long to be
    worth storing."""
    pairs = []
    for name in params:
        # Exactly as read: pages compare values as given (" x" is not "x").
        value = request.GET.get(name, "")
        if len(value) > MAX_VALUE_LENGTH:
            return None
        if value:
            pairs.append((name, value))
    return urlencode(pairs)
