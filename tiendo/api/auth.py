"""Bearer-token authentication for the API's writes."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja.security import HttpBearer

from tiendo.api.tokens import user_for_token


class ApiTokenAuth(HttpBearer):
    """`Authorization: Bearer td_…`; the request's user becomes the token's owner."""

    def authenticate(self, request: HttpRequest, token: str) -> Any | None:
        user = user_for_token(token.strip())
        if user is not None:
            request.user = user
        return user
