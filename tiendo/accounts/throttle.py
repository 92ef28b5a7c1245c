"""Login throttling against guessing and spraying (django-axes handler).

django-axes records each failed login as (user name, address, browser) and compares
every lockout parameter against one limit. Spraying (a few guesses at many user names
from one address, or at one user name from many addresses) needs its own limit per
parameter, so this handler counts three things within the cool-off window:

- one user name from one address: AXES_FAILURE_LIMIT (5);
- one address, whatever the user names: TIENDO_LOGIN_FAILURES_PER_ADDRESS (10), and an
  address that has just locked an account is locked with it, so it cannot go on to
  the next name;
- one user name, whatever the addresses: TIENDO_LOGIN_FAILURES_PER_USERNAME (10).

A successful login clears only that user name's failures from that address, so an
attacker holding one valid account cannot wipe the count of their other guesses.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum

PAIR = ("username", "ip_address")
ADDRESS = ("ip_address",)
USERNAME = ("username",)


@dataclass(frozen=True)
class Rule:
    fields: tuple[str, ...]
    limit: int


def rules() -> tuple[Rule, ...]:
    pair_limit = int(settings.AXES_FAILURE_LIMIT)
    return (
        Rule(PAIR, pair_limit),
        Rule(ADDRESS, int(getattr(settings, "TIENDO_LOGIN_FAILURES_PER_ADDRESS", 10))),
        Rule(USERNAME, int(getattr(settings, "TIENDO_LOGIN_FAILURES_PER_USERNAME", 10))),
    )


def lockout_parameters(request: Any = None, credentials: Any = None) -> list[Any]:
    """What django-axes filters its records by (AXES_LOCKOUT_PARAMETERS); the order
    matches `rules()`."""
    return [list(rule.fields) if len(rule.fields) > 1 else rule.fields[0] for rule in rules()]


class LoginThrottle(AxesDatabaseHandler):
    def _counts(self, request: Any, credentials: Any) -> list[tuple[Rule, int]]:
        attempts = self.get_user_attempts(request, credentials)
        counts = []
        for rule, queryset in zip(rules(), attempts, strict=True):
            total = queryset.aggregate(total=Sum("failures_since_start"))["total"] or 0
            counts.append((rule, int(total)))
        return counts

    def get_failures(self, request: Any, credentials: Any = None) -> int:
        """django-axes compares this number with AXES_FAILURE_LIMIT: report at least the
        limit as soon as any rule is reached, else the largest count below it."""
        counts = self._counts(request, credentials)
        limit = int(settings.AXES_FAILURE_LIMIT)
        largest = max(count for _, count in counts)
        if any(count >= rule.limit for rule, count in counts) or self._address_locked_a_name(
            request
        ):
            return max(limit, largest)
        return min(limit - 1, largest)

    @staticmethod
    def _address_locked_a_name(request: Any) -> bool:
        """Whether some user name reached its limit from this address in the window."""
        address = getattr(request, "axes_ip_address", None)
        if not address:
            return False
        recent = AccessAttempt.objects.filter(ip_address=address)
        if settings.AXES_COOLOFF_TIME is not None:
            recent = recent.filter(attempt_time__gte=get_cool_off_threshold(request))
        totals = recent.values("username").annotate(total=Sum("failures_since_start"))
        limit = int(settings.AXES_FAILURE_LIMIT)
        return any((row["total"] or 0) >= limit for row in totals)

    def reset_user_attempts(self, request: Any, credentials: Any = None) -> int:
        username = get_client_username(request, credentials)
        deleted, _ = AccessAttempt.objects.filter(
            username=username, ip_address=request.axes_ip_address
        ).delete()
        return deleted
