"""Who is changing data right now, and why: the context the audit signals read.

Model signals do not know the request, so the request (or an explicit actor, for
commands, services and tests) is kept in context variables. Context variables are
local to a thread and to an asyncio task, so two requests never see each other's
user.

>>> with acting_as(None, reason="nhập từ dòng lệnh"):
...     current_reason()
'nhập từ dòng lệnh'
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

_request: ContextVar[Any] = ContextVar("tiendo_audit_request", default=None)
_actor: ContextVar[Any] = ContextVar("tiendo_audit_actor", default=None)
_reason: ContextVar[str] = ContextVar("tiendo_audit_reason", default="")


def current_user() -> Any:
    """The user an explicit `acting_as` names, else the signed-in user of the request."""
    actor = _actor.get()
    if actor is not None:
        return actor
    request = _request.get()
    if request is None:
        return None
    # Read lazily: the user may be set on the request after the middleware ran.
    user = getattr(request, "user", None)
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    return user


def current_reason() -> str:
    return _reason.get()


@contextmanager
def request_context(request: Any) -> Iterator[None]:
    token = _request.set(request)
    try:
        yield
    finally:
        _request.reset(token)


@contextmanager
def acting_as(user: Any, reason: str = "") -> Iterator[None]:
    """Attribute every change inside the block to `user`, with an optional reason."""
    actor_token = _actor.set(user) if user is not None else None
    reason_token = _reason.set(reason) if reason else None
    try:
        yield
    finally:
        if reason_token is not None:
            _reason.reset(reason_token)
        if actor_token is not None:
            _actor.reset(actor_token)
