"""A model instance as a JSON-ready dict of its field values, and the difference of two.

>>> diff({"value": 1.0, "note": ""}, {"value": 2.0, "note": ""})
['value']
"""

from __future__ import annotations

import datetime as dt
import decimal
import uuid
from typing import Any

from django.db import models

# Bookkeeping fields change on every save and say nothing about the data.
IGNORED_FIELDS = {"created_at", "updated_at"}


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if hasattr(value, "name") and hasattr(value, "storage"):  # a FieldFile
        return value.name or ""
    return value


def snapshot(instance: models.Model) -> dict[str, Any]:
    """Concrete field values; foreign keys as their id, under the field's name."""
    data: dict[str, Any] = {}
    for field in instance._meta.concrete_fields:
        if field.name in IGNORED_FIELDS or field.primary_key:
            continue
        data[field.name] = _json_value(getattr(instance, field.attname))
    return data


def diff(before: dict[str, Any] | None, after: dict[str, Any] | None) -> list[str]:
    """Names of the fields whose values differ; every field when one side is missing."""
    before = before or {}
    after = after or {}
    names = sorted(set(before) | set(after))
    return [name for name in names if before.get(name) != after.get(name)]
