"""The accounts `tiendo demo` prints: the administrator and one more account per role,
all of them usable with the password kept in the data folder, so a visitor can try
each role (enter figures as a reporter, approve them as an approver) and see which
unit each works for.

The password is made once and kept beside the admin's; TIENDO_DEMO_PASSWORDS, when
set, gives it instead (tiendo.accounts.demo reads the same variable).
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model

from tiendo.accounts.demo import DEMO_STAFF, PASSWORD_VARIABLE
from tiendo.accounts.roles import ROLES_BY_KEY
from tiendo.accounts.services import keep_password

PASSWORD_FILE = "demo-staff-password"


@dataclass(frozen=True)
class DemoAccount:
    username: str
    role: str
    unit: str
    password: str

    def line(self) -> str:
        unit = self.unit or "không gắn đơn vị"
        return f"  {self.role:<22} {self.username:<10} mật khẩu {self.password!r:<20} ({unit})"


def staff_password() -> str:
    """TIENDO_DEMO_PASSWORDS, else one made once and kept in the data folder."""
    given = os.environ.get(PASSWORD_VARIABLE, "")
    if given:
        return given
    path = Path(settings.DATA_DIR) / PASSWORD_FILE
    if not path.exists():
        path.write_text(secrets.token_urlsafe(12), encoding="ascii")
        path.chmod(0o600)
    return path.read_text(encoding="ascii").strip()


def demo_accounts(admin: tuple[str, str]) -> list[DemoAccount]:
    """Every demo account, the admin first; the staff accounts get the demo password."""
    password = staff_password()
    users = get_user_model().objects.select_related("staff_profile__org_unit")
    accounts = []
    for username, role, secret in (
        (admin[0], "admin", admin[1]),
        *((staff.username, staff.role, password) for staff in DEMO_STAFF),
    ):
        user = users.get(username=username)
        if secret and keep_password(user, secret):
            user.save(update_fields=["password"])
        profile = getattr(user, "staff_profile", None)
        unit = profile.org_unit.name if profile and profile.org_unit else ""
        accounts.append(DemoAccount(username, ROLES_BY_KEY[role].name, unit, secret))
    return accounts
