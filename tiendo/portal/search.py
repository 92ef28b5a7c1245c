"""Search across the portal, ignoring diacritics and tone placement on any database.

>>> query_terms("  Bảo THẮNG  thuỷ ")
['bao', 'thang', 'thuy']
"""

from __future__ import annotations

from django.db.models import QuerySet

from tiendo.vietnamese import search_key

MAX_TERMS = 8
MAX_QUERY_LENGTH = 200


def query_terms(query: str) -> list[str]:
    """The folded words of a query, at most MAX_TERMS of them."""
    return search_key(query[:MAX_QUERY_LENGTH]).split()[:MAX_TERMS]


def search_entries(query: str) -> QuerySet:
    """Entries containing every term of the query, newest first."""
    from tiendo.portal.models import SearchEntry

    terms = query_terms(query)
    if not terms:
        return SearchEntry.objects.none()
    entries = SearchEntry.objects.all()
    for term in terms:
        entries = entries.filter(search_key__icontains=term)
    return entries.order_by("-date", "-id")
