"""Submissions per client address (see tiendo.client_address for proxies).

The counts live where every worker sees them and no cache eviction reaches them (a
database table on a single machine, Redis in production: tiendo.counters), so the
limit holds however many processes serve the form and however many distinct pages an
anonymous visitor requests. The window is fixed: it starts with the first attempt and
lasts `window_seconds`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django.conf import settings

from tiendo.client_address import client_address
from tiendo.counters import store as counters

__all__ = [
    "RateLimit",
    "client_address",
    "feedback_rate_limit",
    "lookup_rate_limit",
    "register_attempt",
]


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


def lookup_rate_limit() -> RateLimit:
    """20 look-ups of a reference code per 10 minutes: plenty for a citizen checking
    a few codes, far too few to try codes at random."""
    return RateLimit(
        max_attempts=getattr(settings, "TIENDO_FEEDBACK_MAX_LOOKUPS", 20),
        window_seconds=getattr(settings, "TIENDO_FEEDBACK_WINDOW_SECONDS", 600),
    )


def _counter_name(scope: str, address: str) -> str:
    digest = hashlib.sha256(address.encode()).hexdigest()[:32]
    return f"ratelimit:{scope}:{digest}"


def register_attempt(scope: str, address: str, limit: RateLimit) -> bool:
    """Count one attempt; False when the address has used up its window."""
    count = counters.hit(_counter_name(scope, address), limit.window_seconds)
    return count <= limit.max_attempts
