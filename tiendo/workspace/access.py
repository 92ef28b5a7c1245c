"""Who may do what in the workspace, and which unit a staff member reports for.
Which units each person works on is tiendo.core.scope's rule, shared with the admin."""

from __future__ import annotations

from typing import Any

from tiendo.core.models import OrgUnit
from tiendo.core.scope import (
    APPROVE_PERMISSION,
    acts_for_every_unit,
    in_charge_of,
    own_unit,
    units_in_charge,
)

__all__ = [
    "acting_unit",
    "can_approve",
    "can_choose_unit",
    "can_enter",
    "can_follow",
    "in_charge_of",
    "own_unit",
    "units_in_charge",
]

ENTER_PERMISSIONS = ("core.add_result", "core.change_result")


def can_enter(user: Any) -> bool:
    return bool(user.is_authenticated and user.has_perms(ENTER_PERMISSIONS))


def can_approve(user: Any) -> bool:
    return bool(user.is_authenticated and user.has_perm(APPROVE_PERMISSION))


def can_follow(user: Any) -> bool:
    """Who may see what is due: those who enter figures and those who approve them."""
    return can_enter(user) or can_approve(user)


def can_choose_unit(user: Any) -> bool:
    """Administrators and approvers choose a unit to act for; a reporter acts for their own."""
    return bool(acts_for_every_unit(user) or can_approve(user))


def acting_unit(user: Any, requested: OrgUnit | None) -> OrgUnit | None:
    """The unit the user works for on this screen: their own, or, for those allowed
    to choose, the one they asked for when it is in their charge."""
    if requested is not None and can_choose_unit(user) and in_charge_of(user, requested):
        return requested
    return own_unit(user)
