"""The published answers (/hoi-dap/): a searchable, paginated list and a page per item."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET
from wagtail.models import Site

from tiendo.feedback.queries import published_feedback

ANSWERS_PER_PAGE = 10


@require_GET
def answer_list(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:200]
    items = published_feedback(query, Site.find_for_request(request))
    page = Paginator(items, ANSWERS_PER_PAGE).get_page(request.GET.get("trang"))
    return render(request, "feedback/answers.html", {"page": page, "query": query})


@require_GET
def answer_detail(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(published_feedback(site=Site.find_for_request(request)), pk=pk)
    return render(request, "feedback/answer_detail.html", {"item": item})
