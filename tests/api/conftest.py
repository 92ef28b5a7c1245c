"""Fixtures for the API tests: the core demo data, a district reporter with a token,
and a client that sends a token."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission
from django.test import Client

RESOLUTION_SLUG = "15-nq-hu-2022"


@pytest.fixture
def core_demo(db):
    """The demo's core data (Bảo Thắng, 15-NQ/HU, Q1 2022 results) without other apps' parts."""
    from tests import demo_replay

    return demo_replay.core_demo.load()


def grant(user, *codenames: str) -> None:
    for dotted in codenames:
        app_label, codename = dotted.split(".")
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )


def attach_unit(user, unit) -> None:
    from tiendo.accounts.models import StaffProfile

    StaffProfile.objects.update_or_create(user=user, defaults={"org_unit": unit})


@pytest.fixture
def district_reporter(core_demo, django_user_model):
    """A clerk of Bảo Thắng district who may enter results and upload documents."""
    user = django_user_model.objects.create_user(username="canbo.huyen", password="x-x-x-x-x")
    grant(user, "core.add_result", "core.change_result", "core.add_document")
    attach_unit(user, core_demo.district)
    return user


def token_client(user) -> Client:
    from tiendo.api.tokens import issue_token

    _, secret = issue_token(user, name="kiểm thử")
    return Client(HTTP_AUTHORIZATION=f"Bearer {secret}")


@pytest.fixture
def reporter_client(district_reporter) -> Client:
    return token_client(district_reporter)
