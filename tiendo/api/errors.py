"""Every API error is JSON with a Vietnamese `message` for people and an English
`detail` for programmers, with the matching status code:

    {"message": "Không tìm thấy nghị quyết.", "detail": "Resolution not found.", "status": 404}
"""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, AuthorizationError, HttpError, ValidationError

from tiendo.core.services import ResultLocked, ServiceError


class ApiError(Exception):
    def __init__(self, status: int, message: str, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.message = message
        self.detail = detail


def not_found(what_vi: str, what_en: str) -> ApiError:
    return ApiError(404, f"Không tìm thấy {what_vi}.", f"{what_en} not found.")


def bad_request(message: str, detail: str) -> ApiError:
    return ApiError(400, message, detail)


def forbidden(message: str, detail: str) -> ApiError:
    return ApiError(403, message, detail)


def error_body(status: int, message: str, detail: Any) -> dict[str, Any]:
    return {"message": message, "detail": detail, "status": status}


_FIELD_HINTS = {
    "period": "kỳ ghi 2022, 2022-Q1, 2022-H1, 2022-9M hoặc 2022-M10",
    "issued_on": "ngày ghi dạng 2022-07-05",
}


def invalid_message(errors: Any) -> str:
    """Name the fields the request got wrong, with how to write the tricky ones."""
    fields = []
    for error in errors if isinstance(errors, list) else []:
        location = [str(part) for part in error.get("loc", ()) if not isinstance(part, int)]
        name = location[-1] if location else ""
        if name and name not in ("body", "payload", "query", "path") and name not in fields:
            fields.append(name)
    if not fields:
        return "Dữ liệu gửi lên không hợp lệ."
    named = ", ".join(
        f"{name} ({_FIELD_HINTS[name]})" if name in _FIELD_HINTS else name for name in fields
    )
    return f"Dữ liệu gửi lên không hợp lệ: {named}."


def install_error_handlers(api: NinjaAPI) -> None:
    def respond(request: HttpRequest, status: int, message: str, detail: Any) -> HttpResponse:
        return api.create_response(request, error_body(status, message, detail), status=status)

    @api.exception_handler(ApiError)
    def api_error(request: HttpRequest, exc: ApiError) -> HttpResponse:
        return respond(request, exc.status, exc.message, exc.detail)

    @api.exception_handler(AuthenticationError)
    def unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
        response = respond(
            request,
            401,
            "Cần khóa truy cập hợp lệ (Authorization: Bearer <khóa>).",
            "A valid API token is required: send 'Authorization: Bearer <token>'.",
        )
        response["WWW-Authenticate"] = 'Bearer realm="tiendo"'
        return response

    @api.exception_handler(AuthorizationError)
    def unauthorised(request: HttpRequest, exc: AuthorizationError) -> HttpResponse:
        return respond(request, 403, "Tài khoản không có quyền này.", str(exc))

    @api.exception_handler(ValidationError)
    def invalid(request: HttpRequest, exc: ValidationError) -> HttpResponse:
        return respond(request, 422, invalid_message(exc.errors), exc.errors)

    @api.exception_handler(Http404)
    def missing(request: HttpRequest, exc: Http404) -> HttpResponse:
        return respond(request, 404, "Không tìm thấy.", "Not found.")

    @api.exception_handler(ServiceError)
    def refused(request: HttpRequest, exc: ServiceError) -> HttpResponse:
        # A locked (approved) value is a conflict with the data's state, not a bad request.
        status = 409 if isinstance(exc, ResultLocked) else 400
        return respond(
            request, status, exc.message_vi, f"The write was refused ({type(exc).__name__})."
        )

    @api.exception_handler(HttpError)
    def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        return respond(request, exc.status_code, "Yêu cầu không hợp lệ.", str(exc))
