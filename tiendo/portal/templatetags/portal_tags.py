"""Template helpers of the portal: Vietnamese numbers and dates, the menu, paging links."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode

from django import template
from django.utils import timezone

from tiendo.portal.navigation import FOOTER_LINKS, MAIN_MENU
from tiendo.progress.narrative import percent_text
from tiendo.units import is_counted
from tiendo.vietnamese import format_date, format_number

register = template.Library()


@register.filter
def vn_number(value: float | int | None, decimals: int | None = None) -> str:
    """{{ 1234.5|vn_number }} -> 1.234,5"""
    if value is None or value == "":
        return ""
    return format_number(float(value), decimals)


@register.filter
def vn_percent(value: float | None, decimals: int | None = None) -> str:
    """{{ 23.08|vn_percent }} -> 23,08%; {{ 16.0|vn_percent:1 }} -> 16,0%, as the source
    wrote it (the rule of tiendo.progress.narrative.percent_text)."""
    if value is None or value == "":
        return ""
    return percent_text(float(value), decimals) + "%"


@register.filter
def vn_quantity(value: float | None, unit: str = "") -> str:
    """An estimate such as a forecast: one decimal, none for a count of whole things
    ({{ 3460.04|vn_quantity:"đảng viên" }} -> 3.460)."""
    if value is None or value == "":
        return ""
    if is_counted(unit):
        return format_number(round(float(value)))
    return format_number(round(float(value), 1))


@register.filter
def vn_date(value: dt.date | dt.datetime | str | None) -> str:
    """{{ date|vn_date }} -> 30/12/2021 (ISO strings from JSON too)."""
    if not value:
        return ""
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    if isinstance(value, dt.datetime):
        # An aware time late in the UTC day is already the next day in Việt Nam.
        value = (timezone.localtime(value) if timezone.is_aware(value) else value).date()
    return format_date(value)


@register.inclusion_tag("portal/includes/main_menu.html", takes_context=True)
def main_menu(context: template.Context) -> dict:
    request = context.get("request")
    path = request.path if request is not None else ""
    return {"items": [(item, item.is_current(path)) for item in MAIN_MENU]}


@register.simple_tag
def footer_links() -> tuple:
    return FOOTER_LINKS


@register.simple_tag
def page_link(number: int, extra: str = "") -> str:
    """The query string of page `number`, keeping the other filters: ?loai=...&trang=2"""
    pairs = extra + "&" if extra else ""
    return "?" + pairs + urlencode({"trang": number})


@register.filter
def get_item(mapping: dict | None, key: object) -> object:
    """{{ statuses|get_item:task.pk }}: JSON keys are strings, so the key is too."""
    if not mapping:
        return None
    return mapping.get(str(key))
