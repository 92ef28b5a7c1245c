"""How a view says its page may be cached for anonymous visitors, and which query
parameters it reads: only those make distinct entries."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import wraps
from typing import Any

from django.http import HttpRequest, HttpResponse

# The request attribute the middleware reads on the way out.
PARAMS_ATTRIBUTE = "_tiendo_page_cache_params"


def mark_cacheable(request: HttpRequest, params: Iterable[str] = ()) -> None:
    """This request's page is the same for every anonymous visitor asking for the same
    path and the same values of `params` (the query parameters the page reads)."""
    setattr(request, PARAMS_ATTRIBUTE, tuple(sorted(set(params))))


def cacheable_params(request: HttpRequest) -> tuple[str, ...] | None:
    """The parameters a cacheable page reads, or None if the page is not cacheable."""
    return getattr(request, PARAMS_ATTRIBUTE, None)


def cache_page(params: Iterable[str] = ()) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Decorator of a view: `@cache_page(params=("q", "trang"))`."""
    kept = tuple(params)

    def decorate(view: Callable[..., Any]) -> Callable[..., Any]:
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            mark_cacheable(request, kept)
            return view(request, *args, **kwargs)

        return wrapped

    return decorate
