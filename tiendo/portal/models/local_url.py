from __future__ import annotations

from typing import Any


class SiteLocalUrl:
    """`page.url` as the path on the page's own site ("/tin-tuc/..."), never
    "http://localhost/tin-tuc/...".

    Wagtail makes `page.url` absolute as soon as an installation has two sites, using
    each site's configured host and port; but a portal links to its own pages, read on
    whatever address the reader used (127.0.0.1:8000, xa-a.localhost:8000, behind a
    proxy). Without a request the local path is given; with one, Wagtail decides (an
    absolute URL only for another site's page)."""

    def get_url(self, request: Any = None, current_site: Any = None) -> str | None:
        if request is None and current_site is None:
            parts = self.get_url_parts()  # type: ignore[attr-defined]
            return None if parts is None or parts[2] is None else parts[2]
        return super().get_url(request=request, current_site=current_site)  # type: ignore[misc]

    url = property(get_url)
