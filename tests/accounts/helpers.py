"""Shared steps for the accounts tests."""

from __future__ import annotations

from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

STAFF_PASSWORD = "Ke-hoach-2022!"


def code_for(device: TOTPDevice, ahead: int = 0) -> str:
    """The code the user's app shows now (ahead=1: the next one, since a code that was
    already accepted cannot be used twice)."""
    device.refresh_from_db()
    token = totp(device.bin_key, device.step, device.t0, device.digits, device.drift + ahead)
    return f"{token:0{device.digits}d}"


def sign_in(
    client,
    username: str = "canbo",
    password: str = STAFF_PASSWORD,
    *,
    address: str = "127.0.0.1",
    **extra,
):
    """Post the login form from `address` (the test client's default is 127.0.0.1)."""
    data = {"username": username, "password": password, **extra}
    return client.post("/dang-nhap/", data, REMOTE_ADDR=address)
