"""Where each value came from, as links a reader can follow to the very sentence:
the news article that printed it when the portal has one, and the document page,
both anchored at #so-lieu-<result id>."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from wagtail.models import Site

from tiendo.core.models import Result, Target
from tiendo.core.prepared import Prepared, fields_of, load
from tiendo.portal import site_memo
from tiendo.portal.highlight import ANCHOR_PREFIX, TARGET_ANCHOR_PREFIX
from tiendo.portal.reads import PAGE_LINK_FIELDS
from tiendo.progress.narrative import percent_text
from tiendo.progress.rounding import decimals_in_text


@dataclass(frozen=True)
class SourceLink:
    result: Result
    quote: str
    article_url: str
    article_title: str
    document_url: str
    document_title: str

    @property
    def has_link(self) -> bool:
        return bool(self.article_url or self.document_url)

    @property
    def ratios(self) -> list[str]:
        """The percentages the source printed, with the decimals it wrote them with
        ("16,0% dự toán huyện phấn đấu"), as the narrative and the report write them."""
        written = []
        for comparison in self.result.comparisons or []:
            percent = comparison.get("percent")
            if percent is None:
                continue
            decimals = decimals_in_text(self.quote, percent, percent=True) if self.quote else None
            basis = comparison.get("basis_text") or ""
            written.append(f"{percent_text(float(percent), decimals)}% {basis}".strip())
        return written


def _document_index_url() -> str:
    """The documents' index page's path: a page-tree lookup, remembered per cache
    generation (tiendo.portal.site_memo)."""
    return site_memo.remembered("document_index_url", _find_document_index_url)


def _find_document_index_url() -> str:
    from tiendo.portal.models import DocumentIndexPage

    index = DocumentIndexPage.objects.live().first()
    return index.url if index is not None and index.url else ""


# What a source link reads of an article: its title and link, and its document.
ARTICLE_FIELDS = (*PAGE_LINK_FIELDS, "page_ptr_id", "source_document_id")


def _articles_query(count: int, **documents: int):  # type: ignore[no-untyped-def]
    from tiendo.portal.models import NewsPage

    wanted = [documents[f"d{number}"] for number in range(count)]
    articles = NewsPage.objects.live().filter(source_document_id__in=wanted).order_by("path")
    return articles.values_list(*fields_of(NewsPage, ARTICLE_FIELDS))


_articles = Prepared(_articles_query)


def _articles_of(document_ids: set[int]) -> dict[int, Any]:
    """The first live article (in tree order) printed from each document."""
    from tiendo.portal.models import NewsPage

    fields = fields_of(NewsPage, ARTICLE_FIELDS)
    documents = {f"d{number}": pk for number, pk in enumerate(sorted(document_ids))}
    roots = Site.get_site_root_paths()
    articles: dict[int, Any] = {}
    for row in _articles.rows(len(documents), **documents):
        page = load(NewsPage, fields, row)
        page._wagtail_cached_site_root_paths = roots  # read once, not once a page
        articles.setdefault(page.source_document_id, page)
    return articles


def source_links(results: Sequence[Result]) -> list[SourceLink]:
    """One link set per result, with a constant number of queries for any number."""
    document_ids = {r.source_document_id for r in results if r.source_document_id}
    articles = _articles_of(document_ids) if document_ids else {}
    documents_url = _document_index_url() if document_ids else ""
    links = []
    for result in results:
        document = result.source_document
        anchor = f"#{ANCHOR_PREFIX}{result.pk}"
        article = articles.get(result.source_document_id)
        document_url = ""
        if document is not None and document.is_public and documents_url:
            document_url = f"{documents_url}{document.slug}/{anchor}"
        links.append(
            SourceLink(
                result=result,
                quote=result.source_text,
                article_url=f"{article.url}{anchor}" if article is not None else "",
                article_title=article.title if article is not None else "",
                document_url=document_url,
                document_title=str(document) if document is not None else "",
            )
        )
    return links


def target_source_url(target: Target) -> str:
    """The resolution's page anchored at the clause the target was read from, or ""."""
    document = target.source_document
    if document is None or not document.is_public or target.source_start is None:
        return ""
    documents_url = _document_index_url()
    if not documents_url:
        return ""
    return f"{documents_url}{document.slug}/#{TARGET_ANCHOR_PREFIX}{target.pk}"
