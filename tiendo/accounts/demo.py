"""Demo staff accounts, one per role (the admin account comes from the demo command).

Passwords are unusable, so nobody can sign in with a demo account, unless the
environment variable TIENDO_DEMO_PASSWORDS gives the password they all share.
Running it again changes nothing.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model

from tiendo.accounts.role_sync import sync_roles
from tiendo.accounts.services import assign_staff_role, keep_password

PASSWORD_VARIABLE = "TIENDO_DEMO_PASSWORDS"


@dataclass(frozen=True)
class DemoStaff:
    username: str
    role: str
    first_name: str
    last_name: str
    job_title: str
    # Reporters and approvers work for a unit: the district, in the demo.
    works_for_district: bool = False


DEMO_STAFF = (
    DemoStaff("bientap", "editor", "Biên tập", "viên (minh họa)", "Biên tập viên cổng thông tin"),
    DemoStaff(
        "nhaplieu",
        "reporter",
        "Cán bộ",
        "nhập liệu (minh họa)",
        "Chuyên viên tổng hợp số liệu",
        works_for_district=True,
    ),
    DemoStaff(
        "pheduyet",
        "approver",
        "Lãnh đạo",
        "phê duyệt (minh họa)",
        "Phó Chánh Văn phòng",
        works_for_district=True,
    ),
    DemoStaff("kiemduyet", "moderator", "Kiểm duyệt", "viên (minh họa)", "Cán bộ tiếp nhận góp ý"),
)


def _set_password(user: Any, password: str) -> None:
    if password:
        keep_password(user, password)
    elif user.has_usable_password() or not user.password:
        user.set_unusable_password()


def load(demo: Any) -> None:
    sync_roles()
    password = os.environ.get(PASSWORD_VARIABLE, "")
    user_model = get_user_model()
    for staff in DEMO_STAFF:
        user, _ = user_model.objects.update_or_create(
            username=staff.username,
            defaults={
                "first_name": staff.first_name,
                "last_name": staff.last_name,
                "email": f"{staff.username}@example.invalid",
                "is_active": True,
                "is_staff": True,
                "is_superuser": False,
            },
        )
        _set_password(user, password)
        user.save()
        unit = demo.district if staff.works_for_district else None
        assign_staff_role(user, staff.role, org_unit=unit, job_title=staff.job_title)
