from __future__ import annotations

import re

import pytest
from django.test import Client

from tiendo.api.models import ApiToken
from tiendo.api.tokens import issue_token, user_for_token


@pytest.fixture
def staff(db, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user(username="bientap", password="x", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


@pytest.fixture
def staff_client(staff) -> Client:
    client = Client()
    client.force_login(staff)
    return client


def test_staff_member_makes_a_token_and_sees_its_secret_once(staff_client, staff):
    response = staff_client.post("/quan-tri/khoa-api/", {"name": "thống kê"})
    assert response.status_code == 200
    secret = re.search(r"<code>(td_[^<]+)</code>", response.content.decode()).group(1)
    assert user_for_token(secret) == staff
    again = staff_client.get("/quan-tri/khoa-api/").content.decode()
    assert secret not in again
    assert "thống kê" in again


def test_staff_member_revokes_their_token(staff_client, staff):
    token, secret = issue_token(staff)
    response = staff_client.post(f"/quan-tri/khoa-api/{token.pk}/thu-hoi/")
    assert response.status_code == 302
    assert user_for_token(secret) is None


def test_nobody_revokes_someone_elses_token(staff_client, django_user_model):
    other = django_user_model.objects.create_user(username="nguoi.khac", password="x")
    token, _ = issue_token(other)
    assert staff_client.post(f"/quan-tri/khoa-api/{token.pk}/thu-hoi/").status_code == 404
    assert ApiToken.objects.get(pk=token.pk).is_active
