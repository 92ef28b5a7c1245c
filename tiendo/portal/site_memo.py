"""Wagtail's per-request site lookups answered from memory.

Every page Wagtail serves first finds its Site (a query), the site's root paths (a
cache read) and, for the templates, the portal's settings (a query). They change only
when someone edits a site or the settings, and such an edit bumps the page cache's
generation (tiendo/portal/signals.py: wagtailcore and portal saves). So each process
keeps them per generation and hands every request its own copy: a stale one is never
used after the generation moves on.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable
from typing import Any

from django.core.exceptions import DisallowedHost
from django.http import HttpRequest, HttpResponse
from wagtail.models import Site

from tiendo.pagecache import generation

# Host names are checked against ALLOWED_HOSTS before being kept; this only bounds a
# long list of allowed names.
MAX_HOSTS = 32

_lock = threading.Lock()
_generation: int | None = None
_sites: dict[tuple[str, int], tuple[Site | None, Any]] = {}
_root_paths: list[Any] | None = None


def _remembered(number: int, request: HttpRequest) -> tuple[Site | None, Any, list[Any]]:
    global _generation, _root_paths
    from tiendo.portal.models import PortalSettings

    with _lock:
        if number != _generation:
            _sites.clear()
            _generation, _root_paths = number, None
    key = (request.get_host(), int(request.get_port()))
    found = _sites.get(key)
    if found is None:
        site = Site._find_for_request(request)
        found = (site, PortalSettings.for_site(site) if site is not None else None)
        if len(_sites) < MAX_HOSTS:
            _sites[key] = found
    root_paths = _root_paths
    if root_paths is None:
        root_paths = _root_paths = Site.get_site_root_paths()
    return found[0], found[1], root_paths


class SiteMemoMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            site, portal_settings, root_paths = _remembered(generation.current(), request)
        except DisallowedHost:  # answered with 400 further on, as before
            return self.get_response(request)
        # Where Wagtail looks before querying (Site.find_for_request,
        # BaseSiteSetting.for_request, Page._get_site_root_paths).
        request._wagtail_cached_site_root_paths = root_paths  # type: ignore[attr-defined]
        if site is not None:
            request._wagtail_site = copy.copy(site)  # type: ignore[attr-defined]
        if portal_settings is not None:
            mine = copy.copy(portal_settings)
            mine._request = request
            setattr(request, type(portal_settings).get_cache_attr_name(), mine)
        return self.get_response(request)
