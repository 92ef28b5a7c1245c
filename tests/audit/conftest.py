from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from tiendo.core.models import OrgUnit, Resolution, Result, Target

MIDDLEWARE = "tiendo.audit.middleware.AuditUserMiddleware"


@pytest.fixture
def audited_requests(settings):
    """The project's middleware with the audit's after authentication, as in production."""
    if MIDDLEWARE not in settings.MIDDLEWARE:
        stack = list(settings.MIDDLEWARE)
        stack.insert(stack.index("django.contrib.auth.middleware.AuthenticationMiddleware") + 1,
                     MIDDLEWARE)  # fmt: skip
        settings.MIDDLEWARE = stack
    return settings


@pytest.fixture
def unit(db):
    return OrgUnit.objects.create(name="Xã Minh Họa", kind="commune", slug="xa-minh-hoa")


@pytest.fixture
def target(unit):
    resolution = Resolution.objects.create(
        number="01-NQ/ĐU", slug="01-nq-du", issuer=unit, title="Nghị quyết minh họa",
        year_from=2022, year_to=2022,
    )  # fmt: skip
    return Target.objects.create(
        resolution=resolution, ordinal="1", indicator="Thu ngân sách xã", unit="tỷ đồng",
        period_year=2022,
    )  # fmt: skip


@pytest.fixture
def result(target, unit):
    return Result.objects.create(
        target=target, org_unit=unit, period_year=2022, period_from_month=1,
        period_to_month=3, kind="actual", value=4.5,
    )  # fmt: skip


@pytest.fixture
def admin_user(db):
    return get_user_model().objects.create_superuser("quantri", password="mat-khau-thu-nghiem")


@pytest.fixture
def clerk(db):
    return get_user_model().objects.create_user("van.thu", password="mat-khau-thu-nghiem")
