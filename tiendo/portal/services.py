"""Writes of the portal that touch several models: keeping the search index in step
with the content it covers. Signals, the demo and the tests all call these."""

from __future__ import annotations

from django.db import transaction
from django.utils.html import strip_tags

from tiendo.core.models import Document, Resolution, Target
from tiendo.portal.models import DocumentIndexPage, NewsPage, ResolutionIndexPage, SearchEntry
from tiendo.vietnamese import search_key

SUMMARY_LENGTH = 280
Kind = SearchEntry.Kind


def _summary(text: str) -> str:
    flat = " ".join(text.split())
    if len(flat) <= SUMMARY_LENGTH:
        return flat
    return flat[:SUMMARY_LENGTH].rsplit(" ", 1)[0] + "…"


def _key(*parts: str | None) -> str:
    return search_key(" ".join(part for part in parts if part))


def _store(kind: str, object_id: int, **fields: object) -> None:
    SearchEntry.objects.update_or_create(kind=kind, object_id=object_id, defaults=fields)


def remove_entry(kind: str, object_id: int) -> None:
    SearchEntry.objects.filter(kind=kind, object_id=object_id).delete()


def _index_url(model: type) -> str:
    page = model.objects.live().first()
    return (page.url or "") if page is not None else ""


def index_news_page(page: NewsPage) -> None:
    if not page.live:
        remove_entry(Kind.NEWS, page.pk)
        return
    body = strip_tags(page.body or "")
    _store(
        Kind.NEWS,
        page.pk,
        title=page.title,
        summary=_summary(page.summary or body),
        url=page.url or "",
        date=page.date,
        search_key=_key(page.title, page.author, page.summary, body),
    )


def index_document(document: Document) -> None:
    # News articles are found through their portal pages, not as documents.
    if not document.is_public or document.kind == Document.Kind.NEWS:
        remove_entry(Kind.DOCUMENT, document.pk)
        return
    base = _index_url(DocumentIndexPage)
    _store(
        Kind.DOCUMENT,
        document.pk,
        title=str(document)[:500],
        summary=_summary(document.text),
        url=f"{base}{document.slug}/" if base else "",
        date=document.issued_on,
        search_key=_key(
            document.number,
            document.title,
            document.doc_type,
            document.issuer_name,
            document.signer,
            document.field,
            document.text,
        ),
    )


def index_resolution(resolution: Resolution) -> None:
    if not resolution.is_public:
        remove_entry(Kind.RESOLUTION, resolution.pk)
        SearchEntry.objects.filter(
            kind=Kind.TARGET, object_id__in=resolution.targets.values("pk")
        ).delete()
        return
    base = _index_url(ResolutionIndexPage)
    _store(
        Kind.RESOLUTION,
        resolution.pk,
        title=str(resolution)[:500],
        summary=_summary(resolution.theme or resolution.title),
        url=f"{base}{resolution.slug}/" if base else "",
        date=resolution.issued_on,
        search_key=_key(
            resolution.number,
            resolution.title,
            resolution.theme,
            resolution.issuer_name,
            resolution.meeting,
        ),
    )
    for target in resolution.targets.filter(parent=None):
        index_target(target, resolution=resolution)


def index_target(target: Target, resolution: Resolution | None = None) -> None:
    resolution = resolution or target.resolution
    if not resolution.is_public or target.parent_id is not None:
        remove_entry(Kind.TARGET, target.pk)
        return
    base = _index_url(ResolutionIndexPage)
    url = f"{base}{resolution.slug}/chi-tieu/{target.pk}/" if base else ""
    _store(
        Kind.TARGET,
        target.pk,
        title=target.indicator[:500],
        summary=f"Chỉ tiêu {target.ordinal} của Nghị quyết {resolution.number}".replace("  ", " "),
        url=url,
        date=resolution.issued_on,
        search_key=_key(target.indicator, target.sector, target.unit, resolution.number),
    )


@transaction.atomic
def rebuild_search_index() -> int:
    """Index everything the portal publishes afresh; returns the number of entries."""
    SearchEntry.objects.all().delete()
    for page in NewsPage.objects.live().specific():
        index_news_page(page)
    for document in Document.objects.filter(is_public=True).exclude(kind=Document.Kind.NEWS):
        index_document(document)
    for resolution in Resolution.objects.filter(is_public=True):
        index_resolution(resolution)
    return SearchEntry.objects.count()
