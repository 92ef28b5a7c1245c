"""Signing in in one or two steps.

After a correct password, a user without a confirmed TOTP device is signed in at once
(if their role requires a second factor, the middleware then keeps them on the
enrolment pages until they have one). A user with one is only remembered in the
session as "pending" until the code step succeeds; nothing else treats them as signed
in meanwhile. A recovery code may stand in for the app's code, once. Wrong codes count
as failed logins for django-axes, so guessing codes locks the account like guessing
passwords.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import django_otp
from axes.handlers.proxy import AxesProxyHandler
from django.contrib.auth import get_user_model
from django.contrib.auth import login as auth_login
from django.contrib.auth.signals import user_login_failed
from django.http import HttpRequest

from tiendo.accounts import two_factor

PENDING_USER = "accounts_pending_user_id"
PENDING_BACKEND = "accounts_pending_backend"
PENDING_NEXT = "accounts_pending_next"
PENDING_SINCE = "accounts_pending_since"
# Long enough to open an authenticator app, short enough that a stolen half-login fades.
PENDING_SECONDS = 5 * 60


@dataclass(frozen=True)
class StepOutcome:
    """What a login step led to: signed in (go to `next_url`), a code is needed, the
    account is locked, or the code was wrong."""

    signed_in: bool = False
    needs_code: bool = False
    locked: bool = False
    next_url: str = ""


def finish_password_step(request: HttpRequest, user: Any, next_url: str) -> StepOutcome:
    """The password was right: sign in now, or hold the user until their code comes."""
    if two_factor.requires_second_factor(user):
        request.session[PENDING_USER] = user.pk
        request.session[PENDING_BACKEND] = user.backend
        request.session[PENDING_NEXT] = next_url
        request.session[PENDING_SINCE] = int(time.time())
        return StepOutcome(needs_code=True, next_url=next_url)
    auth_login(request, user)
    return StepOutcome(signed_in=True, next_url=next_url)


def _pending_user(request: HttpRequest) -> Any | None:
    user_id = request.session.get(PENDING_USER)
    since = request.session.get(PENDING_SINCE, 0)
    if user_id is None:
        return None
    if time.time() - since > PENDING_SECONDS:
        clear_pending(request)
        return None
    return get_user_model()._default_manager.filter(pk=user_id, is_active=True).first()


def clear_pending(request: HttpRequest) -> None:
    for key in (PENDING_USER, PENDING_BACKEND, PENDING_NEXT, PENDING_SINCE):
        request.session.pop(key, None)


def _is_verified(user: Any) -> bool:
    is_verified = getattr(user, "is_verified", None)
    return bool(is_verified()) if callable(is_verified) else False


def user_awaiting_code(request: HttpRequest) -> Any | None:
    """Who the code step is for: a user half-way through login, or a signed-in user
    with a device whose session is not verified yet (e.g. after another login path)."""
    pending = _pending_user(request)
    if pending is not None:
        return pending
    user = getattr(request, "user", None)
    if (
        user is not None
        and user.is_authenticated
        and not _is_verified(user)
        and two_factor.requires_second_factor(user)
    ):
        return user
    return None


def pending_next_url(request: HttpRequest) -> str | None:
    return request.session.get(PENDING_NEXT)


def finish_code_step(request: HttpRequest, user: Any, code: str, next_url: str) -> StepOutcome:
    """Check the code (and the lockout) and, if it is right, sign in and verify."""
    credentials = {"username": user.get_username()}
    if not AxesProxyHandler.is_allowed(request, credentials):
        clear_pending(request)
        return StepOutcome(locked=True)
    device = two_factor.verify_code_or_recovery(user, code)
    if device is None:
        user_login_failed.send(sender=__name__, credentials=credentials, request=request)
        if getattr(request, "axes_locked_out", False):
            clear_pending(request)
            return StepOutcome(locked=True)
        return StepOutcome()
    if not request.user.is_authenticated or request.user.pk != user.pk:
        backend = request.session.get(PENDING_BACKEND)
        clear_pending(request)
        auth_login(request, user, backend=backend)
    clear_pending(request)
    django_otp.login(request, device)
    return StepOutcome(signed_in=True, next_url=next_url)
