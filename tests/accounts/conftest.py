from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.accounts.helpers import STAFF_PASSWORD
from tiendo.core.models import OrgUnit


@pytest.fixture
def staff_user(db):
    user = get_user_model().objects.create_user(
        "canbo", password=STAFF_PASSWORD, first_name="Nguyễn Văn", last_name="An"
    )
    user.is_superuser = True  # reaches the Wagtail admin without a role
    user.save()
    return user


@pytest.fixture
def totp_device(staff_user):
    return TOTPDevice.objects.create(user=staff_user, name="Điện thoại", confirmed=True)


@pytest.fixture
def district(db):
    return OrgUnit.objects.create(
        name="Huyện Bảo Thắng (minh họa)", kind=OrgUnit.Kind.DISTRICT, slug="bao-thang-test"
    )


@pytest.fixture
def optional_two_factor(settings):
    """No role obliges a second factor: the tests of turning it on and off by choice."""
    settings.TIENDO_TWO_FACTOR_ROLES = []
