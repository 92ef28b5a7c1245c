"""Vietnamese display filters for the workspace: numbers 1.234,5, dates 30/12/2021."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import template
from django.utils import timezone

from tiendo.core.models.choices import ResultKind
from tiendo.vietnamese import format_date, format_number

register = template.Library()


@register.filter
def vn_number(value: Any) -> str:
    if value is None or value == "":
        return ""
    try:
        return format_number(float(value))
    except (TypeError, ValueError):
        return str(value)


@register.filter
def vn_date(value: dt.date | None) -> str:
    if isinstance(value, dt.datetime):
        # Stored in UTC: shown in the office's own time (TIME_ZONE), as the audit log is.
        local = timezone.localtime(value) if timezone.is_aware(value) else value
        return local.strftime("%d/%m/%Y %H:%M")
    return format_date(value)


@register.filter
def kind_label(value: str) -> str:
    return dict(ResultKind.choices).get(value, value)


@register.filter
def percent(value: float | None) -> str:
    return "" if value is None else f"{format_number(round(value * 100))}%"


@register.filter
def lookup(mapping: dict[Any, Any], key: Any) -> Any:
    return mapping.get(key, "") if isinstance(mapping, dict) else ""
