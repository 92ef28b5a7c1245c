"""Time-based one-time codes (TOTP) as an optional second factor for staff.

A user enrols by scanning a QR code (or typing the secret) into an authenticator app,
then confirms with a first code; only a confirmed device is asked for at login.
"""

from __future__ import annotations

from base64 import b32encode
from typing import Any

from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice

DEVICE_NAME = "Ứng dụng xác thực"


def confirmed_device(user: Any) -> TOTPDevice | None:
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    return TOTPDevice.objects.filter(user_id=user.pk, confirmed=True).first()


def pending_device(user: Any) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user_id=user.pk, confirmed=False).first()


def requires_second_factor(user: Any) -> bool:
    return confirmed_device(user) is not None


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


def remove_devices(user: Any) -> int:
    deleted, _ = TOTPDevice.objects.filter(user_id=user.pk).delete()
    return deleted


def secret_text(device: TOTPDevice) -> str:
    """The secret in base32, in groups of four, for typing into an app by hand."""
    raw = b32encode(device.bin_key).decode("ascii").rstrip("=")
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
