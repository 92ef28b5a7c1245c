"""Where to send a user after signing in: `next` only when it stays on this site."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest
from django.utils.http import url_has_allowed_host_and_scheme


def safe_next_url(request: HttpRequest, candidate: str | None) -> str:
    """`candidate` if it points into this site, else the staff home (/quan-tri/).

    "/quan-tri/pages/" stays; "https://evil.example/" and "//evil.example" do not.
    """
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return str(settings.LOGIN_REDIRECT_URL)
