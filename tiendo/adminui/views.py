from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from tiendo.workspace.access import can_approve, can_enter


def guide(request: HttpRequest) -> HttpResponse:
    """tiendo's own guide, in place of Wagtail's online one: the network may be closed.
    It links only to the screens the reader may open."""
    context = {
        "page_title": "Hướng dẫn sử dụng",
        "header_icon": "help",
        "can_enter": can_enter(request.user),
        "can_approve": can_approve(request.user),
    }
    return TemplateResponse(request, "adminui/guide.html", context)
