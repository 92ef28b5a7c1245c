"""Search across the portal, ignoring diacritics and tone placement on any database.

>>> query_terms("  Bảo THẮNG  thuỷ ")
['bao', 'thang', 'thuy']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db.models import Q, QuerySet

from tiendo.vietnamese import search_key

if TYPE_CHECKING:
    from tiendo.portal.scope import SiteScope

MAX_TERMS = 8
MAX_QUERY_LENGTH = 200


def query_terms(query: str) -> list[str]:
    """The folded words of a query, at most MAX_TERMS of them."""
    return search_key(query[:MAX_QUERY_LENGTH]).split()[:MAX_TERMS]


def _within(scope: SiteScope) -> Q:
    """Entries of what the scope's site publishes: its own news pages, its unit's
    documents, resolutions and their targets."""
    from tiendo.core.models import Document, Resolution, Target
    from tiendo.portal.models import NewsPage, SearchEntry

    kind = SearchEntry.Kind
    resolutions = scope.resolutions(Resolution.objects.all()).values("pk")
    targets = Target.objects.filter(resolution__in=resolutions).values("pk")
    return (
        Q(kind=kind.NEWS, object_id__in=scope.pages(NewsPage.objects.all()).values("pk"))
        | Q(kind=kind.DOCUMENT, object_id__in=scope.documents(Document.objects.all()).values("pk"))
        | Q(kind=kind.RESOLUTION, object_id__in=resolutions)
        | Q(kind=kind.TARGET, object_id__in=targets)
    )


def search_entries(query: str, scope: SiteScope | None = None) -> QuerySet:
    """Entries containing every term of the query, newest first; with a scope, only
    those of that site."""
    from tiendo.portal.models import SearchEntry

    terms = query_terms(query)
    if not terms:
        return SearchEntry.objects.none()
    entries = SearchEntry.objects.all()
    if scope is not None and scope.site_id is not None:
        entries = entries.filter(_within(scope))
    for term in terms:
        entries = entries.filter(search_key__icontains=term)
    return entries.order_by("-date", "-id")
