"""A test client signed in as a staff member, past the second factor when they have a
device: the walk looks at screens, not at the login steps (tested in tests/accounts)."""

from __future__ import annotations

from typing import Any

from django.test import Client


def signed_in_client(user: Any) -> Client:
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from tiendo.accounts import two_factor

    client = Client()
    client.force_login(user)
    device = two_factor.confirmed_device(user)
    if device is None and two_factor.must_use_second_factor(user):
        device = TOTPDevice.objects.create(user=user, name="Thiết bị kiểm thử", confirmed=True)
    if device is not None:
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
    return client
