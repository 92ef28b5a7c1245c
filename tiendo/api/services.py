"""The API's writes: check who may write what, then call the named writes of
tiendo.core.services (save_result, accept_figures), which every other path uses too."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from tiendo.api.errors import ApiError, bad_request, forbidden, not_found
from tiendo.api.queries import find_unit, parse_period
from tiendo.core import services as core_services
from tiendo.core.models import Document, OrgUnit, Result, Target
from tiendo.core.scope import own_unit
from tiendo.core.validation import plausibility, warnings_of
from tiendo.periods import Period
from tiendo.units import UnitMismatch, into_unit


def _is_within(unit: OrgUnit, ancestor: OrgUnit) -> bool:
    """True when `unit` is `ancestor` or lies under it (a commune of a district)."""
    current: OrgUnit | None = unit
    for _ in range(8):
        if current is None:
            return False
        if current.pk == ancestor.pk:
            return True
        current = current.parent
    return False


def reporting_unit(user: Any, requested: str | None) -> OrgUnit:
    """The unit a result is written for: the user's own unit (or one under it); any
    unit for a superuser."""
    own = own_unit(user)
    if requested:
        unit = find_unit(requested)
        if user.is_superuser or (own is not None and _is_within(unit, own)):
            return unit
        raise forbidden(
            "Chỉ được nhập số liệu cho đơn vị của mình.",
            "Results may only be written for the user's own unit.",
        )
    if own is not None:
        return own
    if user.is_superuser:
        raise bad_request("Cần ghi đơn vị báo cáo (org_unit).", "Give the org_unit to report for.")
    raise forbidden(
        "Tài khoản chưa được gán đơn vị, không nhập được số liệu.",
        "The user has no org unit, so cannot write results.",
    )


def create_result(user: Any, data: dict[str, Any]) -> Result:
    """Save a unit's value through core.services.save_result (a draft to be sent)."""
    if not user.has_perm("core.add_result"):
        raise forbidden("Tài khoản không có quyền nhập số liệu.", "Missing core.add_result.")
    target = Target.objects.filter(pk=data["target"]).select_related("resolution").first()
    if target is None:
        raise not_found("chỉ tiêu", "Target")
    period = parse_period(data["period"])
    unit = reporting_unit(user, data.get("org_unit"))
    value = _in_target_unit(data.get("value"), data.get("unit") or "", target)
    # The write's own refusals (an approved value is locked: 409) come first; an unusual
    # value unconfirmed then rolls the write back (422).
    with transaction.atomic():
        result = core_services.save_result(
            target=target,
            org_unit=unit,
            period=period,
            kind=data["kind"],
            value=value,
            user=user,
            note=data.get("note", ""),
            comparisons=list(data.get("comparisons") or []),
        )
        _check_plausible(target, unit, period, value, confirmed=bool(data.get("confirm_unusual")))
    return result


def _check_plausible(
    target: Target, unit: OrgUnit, period: Period, value: float | None, *, confirmed: bool
) -> None:
    """The rule of the entry sheet and the import review (tiendo.core.validation)."""
    issues = plausibility(target, unit, period, value)
    blocking = [issue.message_vi for issue in issues if issue.blocking]
    if blocking:
        raise bad_request(" ".join(blocking), "The value is out of range for the target.")
    warnings = [issue.message_vi for issue in warnings_of(issues)]
    if warnings and not confirmed:
        raise ApiError(
            422,
            " ".join(warnings),
            "The value is unusual for this target; send confirm_unusual: true if it is right.",
        )


def _in_target_unit(value: float | None, unit: str, target: Target) -> float | None:
    try:
        return into_unit(value, unit, target.unit)
    except UnitMismatch as error:
        raise bad_request(
            f"Đơn vị tính “{unit}” không đổi được sang đơn vị của chỉ tiêu (“{target.unit}”).",
            f"Unit {unit!r} does not convert to the target's {target.unit!r}.",
        ) from error


def create_document(user: Any, data: dict[str, Any]) -> Document:
    """Store a document's text (figures are read from it later, on the import screen)."""
    if not user.has_perm("core.add_document"):
        raise forbidden("Tài khoản không có quyền thêm văn bản.", "Missing core.add_document.")
    if data.get("is_public") and not user.has_perm("core.change_document"):
        raise forbidden(
            "Tài khoản không có quyền công khai văn bản.",
            "Publishing a document needs core.change_document.",
        )
    outcome = core_services.accept_figures(
        text=data["text"],
        title=data["title"],
        kind=data["kind"],
        figures=[],
        user=user,
        org_unit=own_unit(user),
        is_public=bool(data.get("is_public")),
        number=data.get("number") or "",
        doc_type=data.get("doc_type") or "",
        issued_on=data.get("issued_on"),
    )
    return outcome.document
