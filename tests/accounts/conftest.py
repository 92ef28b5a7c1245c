from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.accounts.helpers import STAFF_PASSWORD
from tiendo.core.models import OrgUnit

SECOND_FACTOR_MIDDLEWARE = "tiendo.accounts.middleware.SecondFactorMiddleware"


@pytest.fixture(autouse=True)
def accounts_wiring(settings):
    """The settings this app asks the project for (see the accounts report); added here
    when the project settings do not have them yet, so the tests see the real wiring."""
    if SECOND_FACTOR_MIDDLEWARE not in settings.MIDDLEWARE:
        middleware = list(settings.MIDDLEWARE)
        middleware.insert(
            middleware.index("django_otp.middleware.OTPMiddleware") + 1, SECOND_FACTOR_MIDDLEWARE
        )
        settings.MIDDLEWARE = middleware
    if not getattr(settings, "AXES_LOCKOUT_CALLABLE", None):
        settings.AXES_LOCKOUT_CALLABLE = "tiendo.accounts.lockout.lockout_response"
    settings.WAGTAILADMIN_LOGIN_URL = settings.LOGIN_URL


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
