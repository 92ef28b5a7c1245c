"""Which org units a staff member works on: the one rule the workspace, the admin's
data screens and the API share.

Every unit for a superuser and for those who administer the unit tree; for an
approver, their own unit and every unit under it (a district leader approves the
communes' figures); for anyone else, their own unit; without a unit in their staff
profile, none.
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from tiendo.core.models import OrgUnit

APPROVE_PERMISSION = "core.approve_result"
# Those who may change the unit tree itself (the "Quản trị hệ thống" role) act for all.
ADMINISTER_UNITS_PERMISSION = "core.change_orgunit"


def own_unit(user: Any) -> OrgUnit | None:
    """The unit from the staff profile (tiendo.accounts), if that app provides one."""
    try:
        from tiendo.accounts.services import user_org_unit
    except ImportError:  # accounts not installed: every user chooses a unit
        return None
    return user_org_unit(user)


def acts_for_every_unit(user: Any) -> bool:
    return bool(user.is_superuser or user.has_perm(ADMINISTER_UNITS_PERMISSION))


def units_in_charge(user: Any) -> QuerySet[OrgUnit]:
    if acts_for_every_unit(user):
        return OrgUnit.objects.all()
    unit = own_unit(user)
    if unit is None:
        return OrgUnit.objects.none()
    if user.has_perm(APPROVE_PERMISSION):
        return OrgUnit.objects.filter(pk__in=unit.ids_within())
    return OrgUnit.objects.filter(pk=unit.pk)


def in_charge_of(user: Any, unit: OrgUnit) -> bool:
    return acts_for_every_unit(user) or units_in_charge(user).filter(pk=unit.pk).exists()
