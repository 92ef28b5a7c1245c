"""Submissions per client address, counted in Django's cache.

The cache is the one all workers share in production (Redis, or the file cache
on a single machine), so the limit holds however many processes serve the form.
The window is fixed: it starts with the first attempt and lasts `window_seconds`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest


@dataclass(frozen=True)
class RateLimit:
    max_attempts: int
    window_seconds: int

    @property
    def window_minutes(self) -> int:
        return max(1, round(self.window_seconds / 60))


def feedback_rate_limit() -> RateLimit:
    """5 submissions per 10 minutes unless the settings say otherwise."""
    return RateLimit(
        max_attempts=getattr(settings, "TIENDO_FEEDBACK_MAX_SUBMISSIONS", 5),
        window_seconds=getattr(settings, "TIENDO_FEEDBACK_WINDOW_SECONDS", 600),
    )


def client_address(request: HttpRequest) -> str:
    """The address the request came from.

    Directly exposed, that is REMOTE_ADDR. Behind N reverse proxies (setting
    TIENDO_TRUSTED_PROXIES = N), REMOTE_ADDR is the nearest proxy, so the address is
    read from X-Forwarded-For: each proxy appends the peer it saw, so the N-th entry
    from the right was written by our outermost proxy and cannot be forged; anything
    further left came from the client and is ignored.
    """
    remote = request.META.get("REMOTE_ADDR", "") or "unknown"
    trusted = int(getattr(settings, "TIENDO_TRUSTED_PROXIES", 0))
    if trusted <= 0:
        return remote
    forwarded = [
        part.strip()
        for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if part.strip()
    ]
    if len(forwarded) < trusted:
        return remote
    return forwarded[-trusted]


def _cache_key(scope: str, address: str) -> str:
    digest = hashlib.sha256(address.encode()).hexdigest()[:32]
    return f"tiendo:ratelimit:{scope}:{digest}"


def register_attempt(scope: str, address: str, limit: RateLimit) -> bool:
    """Count one attempt; False when the address has used up its window."""
    key = _cache_key(scope, address)
    # add() only writes when the key is absent, so the window starts once.
    cache.add(key, 0, timeout=limit.window_seconds)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, timeout=limit.window_seconds)
        count = 1
    return count <= limit.max_attempts
