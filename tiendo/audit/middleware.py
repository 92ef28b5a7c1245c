"""Makes the request's user known to the audit signals for the length of a request.

Place it after AuthenticationMiddleware: `"tiendo.audit.middleware.AuditUserMiddleware"`.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from tiendo.audit.context import request_context


class AuditUserMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        with request_context(request):
            return self.get_response(request)
