from __future__ import annotations

from django.core.paginator import Paginator
from django.http import FileResponse, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.safestring import mark_safe
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from tiendo.core.models import Document, Result, Target
from tiendo.portal.document_filters import DocumentFilter
from tiendo.portal.highlight import TARGET_ANCHOR_PREFIX, Span, text_with_marks
from tiendo.portal.models.section import SectionIndexPage
from tiendo.portal.scope import scope_for_request

DOCUMENTS_PER_PAGE = 20


def public_documents(request=None):  # type: ignore[no-untyped-def]
    """The public documents; with a request, those of its site's unit (tiendo.portal.scope)."""
    documents = Document.objects.filter(is_public=True)
    return scope_for_request(request).documents(documents) if request is not None else documents


class DocumentIndexPage(RoutablePageMixin, SectionIndexPage):
    """/van-ban/: the public documents (văn bản), filterable by type, issuer and year, a
    page per document with its full text, and the download of its file."""

    # The query parameters its pages read: only these make distinct cached pages.
    page_cache_params = ("loai", "co-quan", "nam", "trang")

    class Meta:
        verbose_name = "trang văn bản"

    def document_url(self, document: Document) -> str:
        return f"{self.url}{document.slug}/"

    @path("")
    def document_list(self, request):  # type: ignore[no-untyped-def]
        listed = public_documents(request).exclude(kind=Document.Kind.NEWS)
        filters = DocumentFilter.from_query(request.GET, listed)
        documents = filters.apply(listed).select_related("issuer")
        page = Paginator(documents, DOCUMENTS_PER_PAGE).get_page(request.GET.get("trang"))
        return self.render(
            request,
            context_overrides={
                "page_obj": page,
                "filters": filters,
                "query_string": filters.query_string(),
            },
        )

    @path("<slug:slug>/")
    def document_detail(self, request, slug):  # type: ignore[no-untyped-def]
        document = get_object_or_404(public_documents(request).select_related("issuer"), slug=slug)
        results = Result.objects.filter(
            source_document=document, source_start__isnull=False, source_end__isnull=False
        ).only("id", "source_start", "source_end")
        targets = Target.objects.filter(
            source_document=document, source_start__isnull=False, source_end__isnull=False
        ).only("id", "source_start", "source_end")
        spans = [Span(r.source_start, r.source_end, r.pk) for r in results]
        spans += [Span(t.source_start, t.source_end, t.pk, TARGET_ANCHOR_PREFIX) for t in targets]
        return self.render(
            request,
            template="portal/document_detail.html",
            context_overrides={
                "document": document,
                "text_html": mark_safe(text_with_marks(document.text, spans)),
                "marked_count": len(spans),
                "download_url": f"{self.document_url(document)}tai-ve/",
                "has_download": bool(document.file or document.text),
            },
        )

    @path("<slug:slug>/tai-ve/")
    def document_download(self, request, slug):  # type: ignore[no-untyped-def]
        """The file through Django (production serves no MEDIA_URL); without a file,
        the full text as plain text."""
        document = get_object_or_404(public_documents(request), slug=slug)
        if document.file:
            filename = document.file.name.rsplit("/", 1)[-1]
            return FileResponse(document.file.open("rb"), as_attachment=True, filename=filename)
        if document.text:
            response = HttpResponse(document.text, content_type="text/plain; charset=utf-8")
            response["Content-Disposition"] = f'attachment; filename="{document.slug}.txt"'
            return response
        return HttpResponse(
            "Văn bản này chưa có tệp.", status=404, content_type="text/plain; charset=utf-8"
        )
