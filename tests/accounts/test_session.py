from __future__ import annotations

from datetime import timedelta
from unittest import mock

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.utils import timezone

from tests.accounts.helpers import sign_in

pytestmark = pytest.mark.django_db

PROTECTED = "/tai-khoan/xac-thuc-hai-buoc/"


def test_sessions_last_thirty_minutes_by_default():
    assert settings.SESSION_COOKIE_AGE == 30 * 60
    assert settings.SESSION_SAVE_EVERY_REQUEST


def test_a_session_idle_longer_than_the_timeout_is_signed_out(client, staff_user):
    sign_in(client)
    assert client.get(PROTECTED).status_code == 200
    later = timezone.now() + timedelta(seconds=settings.SESSION_COOKIE_AGE + 60)
    with mock.patch("django.contrib.sessions.backends.db.timezone.now", return_value=later):
        response = client.get(PROTECTED)
    assert response.status_code == 302
    assert response.url.startswith("/dang-nhap/")


def test_each_request_pushes_the_expiry_forward(client, staff_user):
    sign_in(client)
    key = client.session.session_key
    Session.objects.filter(session_key=key).update(
        expire_date=timezone.now() + timedelta(minutes=1)
    )
    client.get(PROTECTED)
    expiry = Session.objects.get(session_key=client.session.session_key).expire_date
    assert expiry > timezone.now() + timedelta(seconds=settings.SESSION_COOKIE_AGE - 60)
