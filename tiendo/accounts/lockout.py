"""The page shown when django-axes locks a user name and address out.

Wired in by the setting AXES_LOCKOUT_CALLABLE = "tiendo.accounts.lockout.lockout_response".
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from axes.helpers import get_cool_off
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse


def cool_off_text(cool_off: timedelta | None) -> str:
    """A wait in Vietnamese words: timedelta(hours=1) -> "1 giờ", 90 minutes -> "1 giờ 30 phút"."""
    if not cool_off:
        return ""
    minutes = max(1, round(cool_off.total_seconds() / 60))
    hours, minutes = divmod(minutes, 60)
    parts = [f"{hours} giờ"] if hours else []
    if minutes:
        parts.append(f"{minutes} phút")
    return " ".join(parts)


def lockout_response(
    request: HttpRequest,
    original_response: HttpResponse | None = None,
    credentials: dict[str, Any] | None = None,
) -> HttpResponse:
    context = {
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "cool_off": cool_off_text(get_cool_off(request)),
    }
    response = TemplateResponse(
        request, "accounts/lockout.html", context, status=settings.AXES_HTTP_RESPONSE_CODE
    )
    return response.render()
