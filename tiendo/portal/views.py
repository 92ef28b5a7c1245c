"""The portal's plain Django views: search, the about page, the privacy policy and the
security contact. Each parses its input, makes one call and renders."""

from __future__ import annotations

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from tiendo.pagecache import cache_page
from tiendo.portal.models import PortalSettings
from tiendo.portal.scope import scope_for_request
from tiendo.portal.search import MAX_QUERY_LENGTH, search_entries
from tiendo.portal.security_txt import security_txt

RESULTS_PER_PAGE = 20


@cache_page(params=("q", "trang"))
def search(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    entries = search_entries(query, scope_for_request(request))
    page = Paginator(entries, RESULTS_PER_PAGE).get_page(request.GET.get("trang"))
    return render(request, "portal/search.html", {"query": query, "page_obj": page})


@cache_page()
def about(request: HttpRequest) -> HttpResponse:
    return render(request, "portal/about.html")


@cache_page()
def privacy(request: HttpRequest) -> HttpResponse:
    return render(request, "portal/privacy.html")


def security_contact(request: HttpRequest) -> HttpResponse:
    email = settings.TIENDO_SECURITY_CONTACT or PortalSettings.for_request(request).email
    base_url = f"{request.scheme}://{request.get_host()}"
    text = security_txt(base_url, email, timezone.localdate())
    return HttpResponse(text, content_type="text/plain; charset=utf-8")
