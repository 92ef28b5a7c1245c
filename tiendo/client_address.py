"""The address a request came from, for lockouts and rate limits.

Directly exposed, that is REMOTE_ADDR. Behind N reverse proxies (TIENDO_TRUSTED_PROXIES
= N), REMOTE_ADDR is the nearest proxy, so every citizen would share one address; the
address is then read from X-Forwarded-For. Each proxy appends the peer it saw, so the
N-th entry from the right was written by our outermost proxy and cannot be forged;
anything further left came from the client and is ignored. The default, 0, trusts no
header: safe when the server is reached directly, and a proxy's operator must say how
many hops stand in front.

Both django-axes (AXES_CLIENT_IP_CALLABLE) and tiendo's own rate limits use this one
function, so a login lockout and a feedback limit see the same address.
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Mapping
from typing import Any

from django.conf import settings

logger = logging.getLogger(__name__)
_warned = False

UNKNOWN = "0.0.0.0"  # a placeholder when the server gives no peer address


def _valid(address: str) -> str | None:
    try:
        return str(ipaddress.ip_address(address.strip()))
    except ValueError:
        return None


def address_from_meta(meta: Mapping[str, Any], trusted_proxies: int) -> str:
    """The client address from a request's META.

    >>> address_from_meta({"REMOTE_ADDR": "127.0.0.1",
    ...                    "HTTP_X_FORWARDED_FOR": "10.9.9.9, 198.51.100.1"}, 1)
    '198.51.100.1'
    """
    remote = _valid(str(meta.get("REMOTE_ADDR") or "")) or UNKNOWN
    if trusted_proxies <= 0:
        return remote
    header = str(meta.get("HTTP_X_FORWARDED_FOR", ""))
    forwarded = [part.strip() for part in header.split(",") if part.strip()]
    if len(forwarded) < trusted_proxies:
        return remote
    # A malformed entry written by our own proxy is a misconfiguration: fall back to
    # the proxy's address (one shared limit) rather than trusting the text.
    return _valid(forwarded[-trusted_proxies]) or remote


def looks_proxied_but_untrusted(meta: Mapping[str, Any], trusted_proxies: int) -> bool:
    """A request forwarded by a proxy on this machine or network while no proxy is
    trusted: every visitor would then share the proxy's address and its limits."""
    if trusted_proxies > 0 or not meta.get("HTTP_X_FORWARDED_FOR"):
        return False
    peer = _valid(str(meta.get("REMOTE_ADDR") or ""))
    return peer is not None and ipaddress.ip_address(peer).is_private


def client_address(request: Any) -> str:
    global _warned
    trusted = int(getattr(settings, "TIENDO_TRUSTED_PROXIES", 0))
    if not _warned and looks_proxied_but_untrusted(request.META, trusted):
        _warned = True
        logger.warning(
            "Requests arrive through a proxy (X-Forwarded-For from %s) but "
            "TIENDO_TRUSTED_PROXIES is 0: all visitors share one address for login "
            "lockouts and rate limits. Set TIENDO_TRUSTED_PROXIES to the number of proxies.",
            request.META.get("REMOTE_ADDR"),
        )
    return address_from_meta(request.META, trusted)
