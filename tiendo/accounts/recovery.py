"""Recovery codes (mã dự phòng): ten single-use codes for a staff member who has lost
the phone with their authenticator app. Shown once when issued; each works once at
the code step, in place of the app's code."""

from __future__ import annotations

import re
import secrets
from typing import Any

from django.db import transaction
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken

DEVICE_NAME = "Mã dự phòng"
CODE_COUNT = 10
# Lower-case letters and digits that are hard to confuse when read off paper.
ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
CODE_PATTERN = re.compile(rf"[{ALPHABET}]{{10}}")


def normalise(code: str) -> str:
    """Users copy "abcde-fghjk" or "ABCDE FGHJK": keep the letters and digits."""
    return "".join(ch for ch in code.lower() if ch.isalnum())


def looks_like_recovery_code(code: str) -> bool:
    return CODE_PATTERN.fullmatch(normalise(code)) is not None


def display(code: str) -> str:
    """'abcdefghjk' -> 'abcde-fghjk'."""
    return f"{code[:5]}-{code[5:]}"


@transaction.atomic
def issue_codes(user: Any) -> list[str]:
    """New recovery codes for `user`; the earlier ones stop working."""
    StaticDevice.objects.filter(user_id=user.pk).delete()
    device = StaticDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=True)
    codes = ["".join(secrets.choice(ALPHABET) for _ in range(10)) for _ in range(CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return [display(code) for code in codes]


def use_code(user: Any, code: str) -> StaticDevice | None:
    """The recovery device if `code` is one of the user's unused codes (it is then
    spent), else None."""
    device = StaticDevice.objects.filter(user_id=user.pk, confirmed=True).first()
    if device is None or not looks_like_recovery_code(code):
        return None
    return device if device.verify_token(normalise(code)) else None


def remaining(user: Any) -> int:
    return StaticToken.objects.filter(device__user_id=user.pk).count()
