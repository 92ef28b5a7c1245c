"""Who may do what in the workspace, and which unit a staff member reports for."""

from __future__ import annotations

from typing import Any

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
    """Superusers and approvers act for any unit; a reporter only for their own."""
    return bool(user.is_superuser or can_approve(user))


def own_unit(user: Any) -> OrgUnit | None:
    """The unit from the staff profile (tiendo.accounts), if that app provides one."""
    try:
        from tiendo.accounts.services import user_org_unit
    except ImportError:  # accounts not installed: every user chooses a unit
        return None
    return user_org_unit(user)


def acting_unit(user: Any, requested: OrgUnit | None) -> OrgUnit | None:
    """The unit the user works for on this screen: their own, or, for those allowed
    to choose, the one they asked for (falling back to their own)."""
    if can_choose_unit(user):
        return requested or own_unit(user)
    return own_unit(user)
