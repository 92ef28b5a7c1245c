"""Record every change to targets, results and baselines, whatever path made it.

Design: `pre_save` reads the stored row (one query) and keeps its snapshot on the
instance; `post_save` compares it with the new values and writes an AuditEntry;
`post_delete` keeps the last values. Changes to a target's responsible units go
through `m2m_changed`. The acting user and reason come from tiendo.audit.context,
filled by AuditUserMiddleware for web requests and by `acting_as` in services,
commands and tests. Bulk `QuerySet.update()` bypasses signals and is therefore not
used on audited models.
"""

from __future__ import annotations

from typing import Any

from django.db import models
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save

from tiendo.audit.context import current_reason, current_user
from tiendo.audit.models import AuditEntry, shown
from tiendo.audit.snapshot import diff, snapshot

AUDITED_MODELS = ("core.Target", "core.Result", "core.Baseline")
_BEFORE = "_audit_before"
_UNITS_BEFORE = "_audit_units_before"


def _record(
    instance: models.Model,
    action: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    changed: list[str],
) -> None:
    user = current_user()
    AuditEntry.objects.create(
        user=user,
        user_name=user.get_username() if user is not None else "",
        model=instance._meta.label_lower,
        object_id=str(instance.pk),
        object_repr=_describe(instance),
        action=action,
        before=before,
        after=after,
        changed_fields=changed,
        reason=current_reason(),
    )


def _describe(instance: models.Model) -> str:
    try:
        if instance._meta.label_lower == "core.result":
            return _describe_result(instance)[:255]
        return str(instance)[:255]
    except Exception:  # a half-built instance must never block a save
        return f"{instance._meta.verbose_name} #{instance.pk}"


def _describe_result(result: Any) -> str:
    """ "Kết nạp đảng viên mới quý II năm 2022: 1.650", numbers written the Vietnamese way."""
    return f"{result.target.indicator} {result.period.label_vi()}: {shown(result.value)}"


def capture_before(sender: type[models.Model], instance: models.Model, **kwargs: Any) -> None:
    if kwargs.get("raw"):
        return
    before = None
    if instance.pk is not None:
        stored = sender._default_manager.filter(pk=instance.pk).first()
        before = snapshot(stored) if stored is not None else None
    setattr(instance, _BEFORE, before)


def record_save(
    sender: type[models.Model], instance: models.Model, created: bool, **kwargs: Any
) -> None:
    if kwargs.get("raw"):
        return
    before = None if created else getattr(instance, _BEFORE, None)
    after = snapshot(instance)
    changed = diff(before, after)
    if before is not None and not changed:
        return  # saved without a change: nothing to tell
    _record(instance, "create" if before is None else "update", before, after, changed)


def record_delete(sender: type[models.Model], instance: models.Model, **kwargs: Any) -> None:
    before = snapshot(instance)
    _record(instance, "delete", before, None, sorted(before))


def record_units_change(
    sender: type[models.Model],
    instance: models.Model,
    action: str,
    reverse: bool,
    **kwargs: Any,
) -> None:
    """responsible_units is many-to-many: log it as a change of the target's field."""
    if reverse:
        return  # changed from the unit's side: rare, and the unit is not audited
    if action.startswith("pre_"):
        ids = sorted(instance.responsible_units.values_list("pk", flat=True))  # type: ignore[attr-defined]
        setattr(instance, _UNITS_BEFORE, ids)
        return
    if not action.startswith("post_"):
        return
    before_ids = getattr(instance, _UNITS_BEFORE, [])
    after_ids = sorted(instance.responsible_units.values_list("pk", flat=True))  # type: ignore[attr-defined]
    if before_ids == after_ids:
        return
    _record(
        instance,
        "update",
        {"responsible_units": before_ids},
        {"responsible_units": after_ids},
        ["responsible_units"],
    )


def connect() -> None:
    from django.apps import apps

    for label in AUDITED_MODELS:
        model = apps.get_model(label)
        uid = f"tiendo-audit-{label}"
        pre_save.connect(capture_before, sender=model, dispatch_uid=uid + "-pre")
        post_save.connect(record_save, sender=model, dispatch_uid=uid + "-post")
        post_delete.connect(record_delete, sender=model, dispatch_uid=uid + "-delete")
    target = apps.get_model("core.Target")
    m2m_changed.connect(
        record_units_change,
        sender=target.responsible_units.through,
        dispatch_uid="tiendo-audit-target-units",
    )
