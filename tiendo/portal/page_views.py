"""Wagtail's page serving, under the portal's own URL pattern.

The page cache (tiendo.pagecache) answers cached pages before this view; each page
type says which query parameters count (wagtail_hooks.py). The pattern is Wagtail's
own (wagtail.urls), so this view takes exactly the paths Wagtail would serve pages at;
its other routes (_util/...) still reach Wagtail. The page that serves a path is found
through tiendo.portal.page_route (remembered per site and cache generation), which
leaves the answer where Wagtail's own serve looks first.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from wagtail.coreutils import WAGTAIL_APPEND_SLASH
from wagtail.views import serve as wagtail_serve

from tiendo.portal.page_route import route_for_request

# wagtail.urls' serve pattern, minus its own utility routes under _util/.
if WAGTAIL_APPEND_SLASH:
    PAGE_PATH_PATTERN = r"^(?!_util/)((?:[\w\-]+/)*)$"
else:
    PAGE_PATH_PATTERN = r"^(?!_util/)([\w\-/]*)$"


def cached_page(request: HttpRequest, path: str) -> HttpResponse:
    route_for_request(request, path)
    return wagtail_serve(request, path)
