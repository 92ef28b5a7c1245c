"""Unsubscribe links that name an address without letting anyone unsubscribe another."""

from __future__ import annotations

from django.core import signing

_SALT = "tiendo.mail.unsubscribe"


def unsubscribe_token(email: str) -> str:
    return signing.dumps(email.strip().lower(), salt=_SALT, compress=True)


def email_from_token(token: str) -> str | None:
    try:
        return str(signing.loads(token, salt=_SALT))
    except signing.BadSignature:
        return None
