from __future__ import annotations

from tiendo.portal.cache import cached_response


class CachedPageMixin:
    """Serve anonymous readers a cached copy of the page (see tiendo.portal.cache)."""

    def serve(self, request, *args, **kwargs):  # type: ignore[no-untyped-def]
        parent_serve = super().serve  # type: ignore[misc]
        return cached_response(request, lambda: parent_serve(request, *args, **kwargs))
