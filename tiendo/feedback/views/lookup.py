"""/gop-y/tra-cuu/: a citizen types the reference code (mã tra cứu) of a message and
reads its status and, once published, the answer; no account needed.

The code travels in a POST body, not the address, so it stays out of browser history
and server logs. Every attempt counts against the address's limit, found or not.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from tiendo.feedback.queries import lookup_feedback
from tiendo.feedback.ratelimit import client_address, lookup_rate_limit, register_attempt

TEMPLATE = "feedback/lookup.html"
MAX_CODE_LENGTH = 40


@never_cache
@require_http_methods(["GET", "POST"])
def lookup(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return render(request, TEMPLATE, {"searched": False})
    limit = lookup_rate_limit()
    if not register_attempt("feedback-lookup", client_address(request), limit):
        response = render(request, "feedback/lookup_limited.html", {"limit": limit}, status=429)
        response["Retry-After"] = str(limit.window_seconds)
        return response
    code = request.POST.get("ma", "").strip()[:MAX_CODE_LENGTH]
    found = lookup_feedback(code)
    return render(request, TEMPLATE, {"searched": True, "code": code, "found": found})
