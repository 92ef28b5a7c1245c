"""Time-based one-time codes (TOTP) as the second factor for staff.

A user enrols by scanning a QR code (or typing the secret) into an authenticator app,
then confirms with a first code; only a confirmed device is asked for at login.

Some roles must use it (TIENDO_TWO_FACTOR_ROLES, by default administrators, superusers
included, and approvers): after their password they are held on the enrolment page
until they have a device, so a password alone never opens the admin to them. Others
may turn it on. Recovery codes (accounts.recovery) stand in for a lost phone.
"""

from __future__ import annotations

from base64 import b32encode
from typing import Any

from django.conf import settings
from django.db import transaction
from django_otp.models import Device
from django_otp.plugins.otp_totp.models import TOTPDevice

from tiendo.accounts import recovery

DEVICE_NAME = "Ứng dụng xác thực"


def confirmed_device(user: Any) -> TOTPDevice | None:
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    return TOTPDevice.objects.filter(user_id=user.pk, confirmed=True).first()


def pending_device(user: Any) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user_id=user.pk, confirmed=False).first()


def must_use_second_factor(user: Any) -> bool:
    """Whether the user's role obliges them to sign in with a second factor.

    Superusers count as administrators ("admin"); the roles come from the setting
    TIENDO_TWO_FACTOR_ROLES (keys of tiendo.accounts.roles)."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    required = set(getattr(settings, "TIENDO_TWO_FACTOR_ROLES", ()))
    if not required:
        return False
    if user.is_superuser and "admin" in required:
        return True
    from tiendo.accounts.services import user_role_keys

    return bool(user_role_keys(user) & required)


def requires_second_factor(user: Any) -> bool:
    """Whether signing in asks for a code: the user has a confirmed device."""
    return confirmed_device(user) is not None


def must_enrol(user: Any) -> bool:
    """A user whose role requires a second factor but who has no device yet."""
    return confirmed_device(user) is None and must_use_second_factor(user)


@transaction.atomic
def start_enrolment(user: Any) -> TOTPDevice:
    """A fresh, unconfirmed device with a new secret; an earlier unfinished one goes."""
    TOTPDevice.objects.filter(user_id=user.pk, confirmed=False).delete()
    return TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)


def normalise_code(code: str) -> str:
    """Users type "123 456" or "123-456": keep the digits."""
    return "".join(ch for ch in code if ch.isdigit())


@transaction.atomic
def confirm_enrolment(user: Any, code: str) -> TOTPDevice | None:
    """Confirm the pending device if the code matches; the device, or None."""
    device = pending_device(user)
    if device is None or not device.verify_token(normalise_code(code)):
        return None
    TOTPDevice.objects.filter(user_id=user.pk, confirmed=True).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return device


def verify_code(user: Any, code: str) -> TOTPDevice | None:
    """The confirmed device that accepts the code, or None (wrong, reused or throttled)."""
    device = confirmed_device(user)
    if device is not None and device.verify_token(normalise_code(code)):
        return device
    return None


def verify_code_or_recovery(user: Any, code: str) -> Device | None:
    """At login: the app's code, or one of the user's recovery codes (spent on use)."""
    if confirmed_device(user) is None:
        return None
    if recovery.looks_like_recovery_code(code):
        return recovery.use_code(user, code)
    return verify_code(user, code)


def remove_devices(user: Any) -> int:
    from django_otp.plugins.otp_static.models import StaticDevice

    deleted, _ = TOTPDevice.objects.filter(user_id=user.pk).delete()
    StaticDevice.objects.filter(user_id=user.pk).delete()
    return deleted


def secret_text(device: TOTPDevice) -> str:
    """The secret in base32, in groups of four, for typing into an app by hand."""
    raw = b32encode(device.bin_key).decode("ascii").rstrip("=")
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
