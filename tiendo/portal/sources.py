"""Where each value came from, as links a reader can follow to the very sentence:
the news article that printed it when the portal has one, and the document page,
both anchored at #so-lieu-<result id>."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tiendo.core.models import Result, Target
from tiendo.portal.highlight import ANCHOR_PREFIX, TARGET_ANCHOR_PREFIX
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
    from tiendo.portal.models import DocumentIndexPage

    index = DocumentIndexPage.objects.live().first()
    return index.url if index is not None and index.url else ""


def source_links(results: Sequence[Result]) -> list[SourceLink]:
    """One link set per result, with a constant number of queries for any number."""
    from tiendo.portal.models import NewsPage

    document_ids = {r.source_document_id for r in results if r.source_document_id}
    articles = {}
    if document_ids:
        for page in NewsPage.objects.live().filter(source_document_id__in=document_ids):
            articles.setdefault(page.source_document_id, page)
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
