"""Wagtail's per-request site lookups answered from memory.

Every page Wagtail serves first finds its Site (a query), the site's root paths (a
cache read) and, for the templates, the portal's settings (a query). They change only
when someone edits a site or the settings, and such an edit bumps the page cache's
generation (tiendo/portal/signals.py: wagtailcore and portal saves). So each process
keeps what a page looked up, per generation, and hands later requests their own copy;
a stale one is never used after the generation moves on. Requests that never look a
site up (the API) cost nothing here.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Hashable
from typing import Any

from django.core.exceptions import DisallowedHost
from django.db.models import Model
from django.http import HttpRequest, HttpResponse

from tiendo.pagecache import generation

# Host names are checked against ALLOWED_HOSTS before being kept; this only bounds a
# long list of allowed names (or a wildcard such as ".localhost"). A province serves its
# communes' portals, about a hundred hosts, from one process: each keeps its own entry,
# keyed by host and port, so one host never gets another's site. Hosts past the bound
# are looked up as before, uncached.
MAX_HOSTS = 512
SITE = "_wagtail_site"
ROOT_PATHS = "_wagtail_cached_site_root_paths"
MEMO = "_tiendo_site_memo"

_memo: tuple[int, dict[tuple[str, int], dict[str, Any]]] = (0, {})


def _settings_attribute() -> str:
    from tiendo.portal.models import PortalSettings

    return str(PortalSettings.get_cache_attr_name())


def detached(instance: Model) -> Model:
    """A copy that shares no related objects cached on the original."""
    twin = copy.copy(instance)
    twin._state.fields_cache = {}
    return twin


def _hosts(number: int) -> dict[tuple[str, int], dict[str, Any]]:
    """The memo's entries for generation `number`, emptied when the generation moved."""
    global _memo
    if _memo[0] != number:
        _memo = (number, {})
    return _memo[1]


def remembered(name: Hashable, compute: Callable[[], Any]) -> Any:
    """A page-tree lookup that depends on no host (the documents' index page), kept
    for the current generation like the sites' own."""
    kept = _hosts(generation.current()).setdefault(("", 0), {})
    if name not in kept:
        kept[name] = compute()
    return kept[name]


def host_memo(request: HttpRequest) -> dict[str, Any] | None:
    """This request's host entry of the memo, for other lookups kept the same way
    (tiendo.portal.page_route); None when the host is past the bound or not allowed."""
    return getattr(request, MEMO, None)


def _entry(request: HttpRequest) -> dict[str, Any] | None:
    number = getattr(request, "page_cache_generation", None) or generation.current()
    hosts = _hosts(number)
    key = (request.get_host(), int(request.get_port()))
    if key not in hosts and len(hosts) < MAX_HOSTS:
        hosts[key] = {}
    return hosts.get(key)


class SiteMemoMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            entry = _entry(request)
        except DisallowedHost:  # answered with 400 further on, as before
            return self.get_response(request)
        if entry is None:
            return self.get_response(request)
        setattr(request, MEMO, entry)
        settings_attribute = _settings_attribute()
        # Where Wagtail looks before querying (Site.find_for_request,
        # BaseSiteSetting.for_request, Page._get_site_root_paths).
        if ROOT_PATHS in entry:
            setattr(request, ROOT_PATHS, entry[ROOT_PATHS])
        if SITE in entry:
            setattr(request, SITE, detached(entry[SITE]))
        if settings_attribute in entry:
            mine = detached(entry[settings_attribute])
            mine._request = request  # type: ignore[attr-defined]
            setattr(request, settings_attribute, mine)
        response = self.get_response(request)
        for name in (ROOT_PATHS, SITE, settings_attribute):
            found = getattr(request, name, None)
            if name not in entry and found is not None:
                entry[name] = detached(found) if isinstance(found, Model) else found
        return response
