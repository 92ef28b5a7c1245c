"""Make, check and revoke API tokens.

>>> # token, secret = issue_token(user, name="Phần mềm kế toán")
>>> # user_for_token(secret) == user
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from typing import Any

from django.utils import timezone

from tiendo.api.models import ApiToken

# Tokens read "td_" followed by random URL-safe characters.
TOKEN_PREFIX = "td_"
PREFIX_LENGTH = 10
# Write the "last used" time at most this often, so that reads stay reads.
LAST_USED_RESOLUTION = dt.timedelta(minutes=1)


def hash_token(secret: str) -> str:
    """SHA-256 is enough: the secret has 256 random bits, so it cannot be guessed."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def issue_token(user: Any, name: str = "") -> tuple[ApiToken, str]:
    """A new token for `user`; the secret is returned once and never stored."""
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=user, name=name, prefix=secret[:PREFIX_LENGTH], token_hash=hash_token(secret)
    )
    return token, secret


def user_for_token(secret: str) -> Any | None:
    """The active user a secret belongs to, or None (unknown, revoked, inactive user)."""
    if not secret or not secret.startswith(TOKEN_PREFIX):
        return None
    token = (
        ApiToken.objects.select_related("user")
        .filter(token_hash=hash_token(secret), revoked_at__isnull=True)
        .first()
    )
    if token is None or not token.user.is_active:
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at > LAST_USED_RESOLUTION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user


def revoke_tokens(prefix: str) -> int:
    """Revoke the active tokens shown as `prefix` (their first PREFIX_LENGTH characters,
    or the whole secret); how many were revoked."""
    if len(prefix) < PREFIX_LENGTH:
        raise ValueError(f"Ghi ít nhất {PREFIX_LENGTH} ký tự đầu của khóa.")
    return ApiToken.objects.filter(prefix=prefix[:PREFIX_LENGTH], revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )
