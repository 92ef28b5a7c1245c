"""Wagtail's page serving, behind the portal's page cache.

The cache is consulted before Wagtail looks up the site and walks the page tree, so a
cached page costs no query at all. The pattern is Wagtail's own (wagtail.urls), so this
view takes exactly the paths Wagtail would serve; Wagtail's other routes (_util/...)
still reach it.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from wagtail.views import serve as wagtail_serve

from tiendo.portal.cache import cached_response

PAGE_PATH_PATTERN = r"^((?:[\w\-]+/)*)$"


def cached_page(request: HttpRequest, path: str) -> HttpResponse:
    return cached_response(request, lambda: wagtail_serve(request, path))
