"""What the public may read: published answers, searched without diacritics."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.db.models import Q, QuerySet
from wagtail.models import Site

from tiendo.feedback.models import Feedback
from tiendo.vietnamese import search_key


def on_site(items: QuerySet[Feedback], site: Site | None) -> QuerySet[Feedback]:
    """The items sent on `site`; the default site also has those sent before there
    were many sites (no site recorded). No site given: every item."""
    if site is None:
        return items
    mine = Q(site_id=site.pk)
    if site.is_default_site:
        mine |= Q(site__isnull=True)
    return items.filter(mine)


def published_feedback(query: str = "", site: Site | None = None) -> QuerySet[Feedback]:
    """Published items, newest first; every word of `query` must appear; with a site,
    only that portal's.

    "thuy loi" and "thủy lợi" find the same items: both sides are compared as search keys.
    """
    items = (
        on_site(Feedback.objects.all(), site)
        .filter(status=Feedback.Status.PUBLISHED)
        .select_related("assigned_unit")
        .order_by("-published_at", "-pk")
    )
    for word in search_key(query).split()[:10]:
        items = items.filter(search_text__contains=word)
    return items


# What a citizen reads about their own message, in their words rather than the
# moderators' ("Rác" is never shown: a message marked as spam is looked up as unknown).
PUBLIC_STATUS = {
    Feedback.Status.NEW: "Đã tiếp nhận, đang chờ xem xét.",
    Feedback.Status.ASSIGNED: "Đã chuyển đơn vị có trách nhiệm xem xét, trả lời.",
    Feedback.Status.ANSWERED: (
        "Đã có câu trả lời, gửi theo thông tin liên hệ bạn để lại; đang chờ công khai."
    ),
    Feedback.Status.PUBLISHED: "Đã trả lời và công khai.",
}
_CODE_CHARACTERS = re.compile(r"[^0-9A-Z]")


def normalized_reference(typed: str) -> str:
    """'gy-7k3m 9q2p', '7K3M9Q2P' -> 'GY-7K3M9Q2P': what people type from a note."""
    body = _CODE_CHARACTERS.sub("", typed.upper()[:40])
    body = body.removeprefix("GY") if len(body) > 8 else body
    return f"GY-{body}"


@dataclass(frozen=True)
class LookupResult:
    """What the lookup page shows: nothing of the sender (name, contact, message)."""

    reference: str
    title: str
    sent_on: object
    status: str
    unit: str
    answer: str
    answer_pk: int | None


def lookup_feedback(typed: str) -> LookupResult | None:
    """The status of the message with this code, or None. Every code, well formed or
    not, known or not, costs the same single query, so the time of the answer tells
    nothing about which codes exist."""
    item = (
        Feedback.objects.filter(reference=normalized_reference(typed))
        .exclude(status=Feedback.Status.SPAM)
        .select_related("assigned_unit")
        .first()
    )
    if item is None:
        return None
    published = item.status == Feedback.Status.PUBLISHED
    return LookupResult(
        reference=item.reference,
        title=item.title,
        sent_on=item.created_at,
        status=PUBLIC_STATUS[Feedback.Status(item.status)],
        unit=item.assigned_unit.name if item.assigned_unit else "",
        answer=item.answer if published else "",
        answer_pk=item.pk if published else None,
    )
