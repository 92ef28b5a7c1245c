"""Refuse an oversized request before reading its body.

Django checks DATA_UPLOAD_MAX_MEMORY_SIZE only for form fields, and a form checks a
file's size only once the whole file has been received and written to disk: a 30 MB
upload against a 20 MB limit was read in full before "Tệp quá lớn". This middleware
answers 413 from the declared Content-Length alone, before any view or the CSRF check
touches request.POST. Django never
reads beyond Content-Length, so the declared length bounds what is read.

The limit is the largest upload (TIENDO_MAX_UPLOAD_MB) plus room for the form's other
fields (TIENDO_FORM_OVERHEAD_BYTES). The reverse proxy should refuse earlier still:
nginx `client_max_body_size 21m;` for the default 20 MB.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from django.conf import settings
from django.http import HttpRequest, HttpResponse

FORM_OVERHEAD_BYTES = 1024 * 1024


def max_request_bytes() -> int:
    upload = int(getattr(settings, "TIENDO_MAX_UPLOAD_BYTES", 20 * 1024 * 1024))
    return upload + int(getattr(settings, "TIENDO_FORM_OVERHEAD_BYTES", FORM_OVERHEAD_BYTES))


def declared_length(request: HttpRequest) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


def _too_large_page() -> HttpResponse:
    limit_mb = int(getattr(settings, "TIENDO_MAX_UPLOAD_BYTES", 0)) // (1024 * 1024)
    body = (
        '<!doctype html><html lang="vi"><head><meta charset="utf-8">'
        "<title>Tệp quá lớn</title></head><body><main>"
        "<h1>Tệp quá lớn</h1>"
        f"<p>Mỗi lần gửi chỉ nhận tệp tối đa {escape(str(limit_mb))} MB. "
        "Vui lòng quay lại, chọn tệp nhỏ hơn (hoặc chia nhỏ, nén ảnh) rồi gửi lại. "
        "Những gì đã lưu trước đó vẫn giữ nguyên.</p>"
        "</main></body></html>"
    )
    response = HttpResponse(body, status=413, content_type="text/html; charset=utf-8")
    # The body was not read: the connection cannot carry another request.
    response["Connection"] = "close"
    return response


class BodyLimitMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if declared_length(request) > max_request_bytes():
            return _too_large_page()
        return self.get_response(request)
