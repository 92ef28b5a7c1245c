"""Wagtail's routing of a page path, remembered with the site (tiendo.portal.site_memo).

Before a page renders, Wagtail walks the tree from the site's root to the page that
serves the path (two queries a level: the child, then its specific page) and reads the
view restrictions of that page and its ancestors (two more). Which page serves a path,
and its restrictions, change only when pages or restrictions are saved, and every such
save bumps the page cache's generation (tiendo/portal/signals.py), which empties the
site memo. So each process keeps, per host and generation, the page found for a path
and its restrictions, and routes later requests from a copy of that page: the page's
own `route` still runs (a routable page resolves its sub-path, setting what it sets on
the request), only the walk down and the restriction queries are skipped. The page's
content, and everything a page reads to render, is read on every request as before.
"""

from __future__ import annotations

import functools
from typing import Any

from django.http import Http404, HttpRequest
from wagtail.models import Page, Site

from tiendo.portal import site_memo

ROUTES = "_routes"
PAGES = "_route_pages"
# Paths remembered per host: the portal's pages, resolutions and targets; a path past
# the bound (a crawler's endless variants) is routed by Wagtail as before. A path keeps
# only its page's id and the rest of the path: pages are kept once, however many paths
# lead to them.
MAX_ROUTES = 4096
_ROUTE_ATTRIBUTE = "_wagtail_route_for_request"


def _components(path: str) -> list[str]:
    return [component for component in path.split("/") if component]


def _depth_below_root(request: HttpRequest, page: Page) -> int | None:
    """How many path components lead from the site's root to `page`, or None when the
    page is not under this site's root (served some other way: not remembered)."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = next((r.root_path for r in Site.get_site_root_paths() if r.site_id == site.pk), None)
    if root is None or not page.url_path.startswith(root):
        return None
    return len(_components(page.url_path[len(root) :]))


def _remember(
    request: HttpRequest, path: str, page: Page, pages: dict[int, Any]
) -> tuple[int, tuple[str, ...]] | None:
    depth = _depth_below_root(request, page)
    components = _components(path)
    if depth is None or depth > len(components):
        return None
    if page.pk not in pages:
        restrictions = list(page.get_view_restrictions())
        pages[page.pk] = (site_memo.detached(page), restrictions)
    # The serving page's restriction check (Wagtail's on_serve_page hook) reads them too.
    page.get_view_restrictions = functools.partial(list, pages[page.pk][1])  # type: ignore[method-assign]
    return (page.pk, tuple(components[depth:]))


def route_for_request(request: HttpRequest, path: str) -> Any:
    """What `Page.route_for_request` gives (page, args, kwargs), or None."""
    memo = site_memo.host_memo(request)
    if memo is None:
        return Page.route_for_request(request, path)
    routes = memo.setdefault(ROUTES, {})
    pages = memo.setdefault(PAGES, {})
    known = routes.get(path)
    if known is None:
        result = Page.route_for_request(request, path)
        if result is not None and len(routes) < MAX_ROUTES:
            remembered = _remember(request, path, result[0], pages)
            if remembered is not None:
                routes[path] = remembered
        return result
    page_id, remaining = known
    page, restrictions = pages[page_id]
    mine = site_memo.detached(page)
    mine.get_view_restrictions = functools.partial(list, restrictions)
    try:
        result = mine.route(request, list(remaining))
    except Http404:
        result = None
    setattr(request, _ROUTE_ATTRIBUTE, result)
    return result
