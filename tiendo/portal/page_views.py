"""Wagtail's page serving, behind the portal's page cache.

The cache is consulted before Wagtail looks up the site and walks the page tree, so a
cached page costs no query at all. The pattern is Wagtail's own (wagtail.urls), so this
view takes exactly the paths Wagtail would serve pages at; its other routes (_util/...)
still reach Wagtail.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from wagtail.coreutils import WAGTAIL_APPEND_SLASH
from wagtail.views import serve as wagtail_serve

from tiendo.portal.cache import cached_response

# wagtail.urls' serve pattern, minus its own utility routes under _util/.
if WAGTAIL_APPEND_SLASH:
    PAGE_PATH_PATTERN = r"^(?!_util/)((?:[\w\-]+/)*)$"
else:
    PAGE_PATH_PATTERN = r"^(?!_util/)([\w\-/]*)$"


def cached_page(request: HttpRequest, path: str) -> HttpResponse:
    return cached_response(request, lambda: wagtail_serve(request, path))
