"""Who may do what in the workspace, and which unit a staff member reports for."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from tiendo.core.models import OrgUnit

ENTER_PERMISSIONS = ("core.add_result", "core.change_result")
APPROVE_PERMISSION = "core.approve_result"


def can_enter(user: Any) -> bool:
    return bool(user.is_authenticated and user.has_perms(ENTER_PERMISSIONS))


def can_approve(user: Any) -> bool:
    return bool(user.is_authenticated and user.has_perm(APPROVE_PERMISSION))


def can_follow(user: Any) -> bool:
    """Who may see what is due: those who enter figures and those who approve them."""
    return can_enter(user) or can_approve(user)


def can_choose_unit(user: Any) -> bool:
    """Superusers and approvers choose a unit to act for; a reporter acts for their own."""
    return bool(user.is_superuser or can_approve(user))


def units_in_charge(user: Any) -> QuerySet[OrgUnit]:
    """The units whose figures the user may enter, approve and follow: every unit for
    a superuser; for an approver, their own unit and every unit under it (a district
    leader approves the communes' figures); for anyone else, their own unit. Without
    a unit in their staff profile, none."""
    if user.is_superuser:
        return OrgUnit.objects.all()
    unit = own_unit(user)
    if unit is None:
        return OrgUnit.objects.none()
    if can_approve(user):
        return OrgUnit.objects.filter(pk__in=unit.ids_within())
    return OrgUnit.objects.filter(pk=unit.pk)


def in_charge_of(user: Any, unit: OrgUnit) -> bool:
    return user.is_superuser or units_in_charge(user).filter(pk=unit.pk).exists()


def own_unit(user: Any) -> OrgUnit | None:
    """The unit from the staff profile (tiendo.accounts), if that app provides one."""
    try:
        from tiendo.accounts.services import user_org_unit
    except ImportError:  # accounts not installed: every user chooses a unit
        return None
    return user_org_unit(user)


def acting_unit(user: Any, requested: OrgUnit | None) -> OrgUnit | None:
    """The unit the user works for on this screen: their own, or, for those allowed
    to choose, the one they asked for when it is in their charge."""
    if requested is not None and can_choose_unit(user) and in_charge_of(user, requested):
        return requested
    return own_unit(user)
