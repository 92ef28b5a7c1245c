"""Staff accounts: roles, the unit a staff member works for.

Views, the demo and tests all change accounts through these functions.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction

from tiendo.accounts.models import StaffProfile
from tiendo.accounts.roles import ROLES_BY_KEY
from tiendo.core.models import OrgUnit


def role_group(role_key: str) -> Group:
    """The group of a role: role_group("editor").name == "Biên tập viên"."""
    return Group.objects.get(name=ROLES_BY_KEY[role_key].name)


def user_org_unit(user: Any) -> OrgUnit | None:
    """The unit a staff member works for, or None (anonymous, or no unit set)."""
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    profile = StaffProfile.objects.select_related("org_unit").filter(user_id=user.pk).first()
    return profile.org_unit if profile else None


def user_role_keys(user: Any) -> set[str]:
    names = set(user.groups.values_list("name", flat=True))
    return {key for key, role in ROLES_BY_KEY.items() if role.name in names}


@transaction.atomic
def assign_staff_role(
    user: Any, role_key: str, org_unit: OrgUnit | None = None, job_title: str | None = None
) -> StaffProfile:
    """Put a user in a role's group and record their unit in one step.

    A unit reporter must have a unit: assign_staff_role(user, "reporter") without one
    raises ValidationError.
    """
    role = ROLES_BY_KEY[role_key]
    profile, _ = StaffProfile.objects.get_or_create(user=user)
    if org_unit is not None:
        profile.org_unit = org_unit
    if job_title is not None:
        profile.job_title = job_title
    if role.needs_org_unit and profile.org_unit_id is None:
        raise ValidationError(f"Vai trò «{role.name}» cần gắn với một đơn vị.")
    profile.save()
    user.groups.add(role_group(role_key))
    return profile


def keep_password(user: Any, password: str) -> bool:
    """Give `user` the password `password` unless it is already theirs; True when it was
    set, so the caller saves the user.

    A user just made has no usable password, and is given it without a check: Django
    checks a password against none by hashing once anyway, to even out the timing, and
    the demo would pay a whole hash for each new account."""
    if user.has_usable_password() and user.check_password(password):
        return False
    user.set_password(password)
    return True
