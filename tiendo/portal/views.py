"""The portal's plain Django views: search, the about page, the privacy policy and the
security contact. Each parses its input, makes one call and renders."""

from __future__ import annotations

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from tiendo.portal.cache import cached_response
from tiendo.portal.models import PortalSettings
from tiendo.portal.search import MAX_QUERY_LENGTH, search_entries
from tiendo.portal.security_txt import security_txt

RESULTS_PER_PAGE = 20


def search(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]

    def render_results() -> HttpResponse:
        page = Paginator(search_entries(query), RESULTS_PER_PAGE).get_page(request.GET.get("trang"))
        return render(request, "portal/search.html", {"query": query, "page_obj": page})

    return cached_response(request, render_results)


def about(request: HttpRequest) -> HttpResponse:
    return cached_response(request, lambda: render(request, "portal/about.html"))


def privacy(request: HttpRequest) -> HttpResponse:
    return cached_response(request, lambda: render(request, "portal/privacy.html"))


def security_contact(request: HttpRequest) -> HttpResponse:
    email = settings.TIENDO_SECURITY_CONTACT or PortalSettings.for_request(request).email
    base_url = f"{request.scheme}://{request.get_host()}"
    text = security_txt(base_url, email, timezone.localdate())
    return HttpResponse(text, content_type="text/plain; charset=utf-8")
