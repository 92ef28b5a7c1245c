"""What the public may read: published answers, searched without diacritics."""

from __future__ import annotations

from django.db.models import QuerySet

from tiendo.feedback.models import Feedback
from tiendo.vietnamese import search_key


def published_feedback(query: str = "") -> QuerySet[Feedback]:
    """Published items, newest first; every word of `query` must appear.

    "thuy loi" and "thủy lợi" find the same items: both sides are compared as search keys.
    """
    items = (
        Feedback.objects.filter(status=Feedback.Status.PUBLISHED)
        .select_related("assigned_unit")
        .order_by("-published_at", "-pk")
    )
    for word in search_key(query).split()[:10]:
        items = items.filter(search_text__contains=word)
    return items
