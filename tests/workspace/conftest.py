"""The workspace's personas and data: a commune in a district, a resolution with
targets the commune reports on, a commune reporter, an approver."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth import get_user_model

from tiendo.core.models import OrgUnit, Resolution, Result, Target
from tiendo.core.models.choices import ReviewState


@pytest.fixture
def district(db):
    return OrgUnit.objects.create(name="Huyện Minh Họa", kind="district", slug="huyen-minh-hoa")


@pytest.fixture
def commune(district):
    return OrgUnit.objects.create(
        name="Xã Phú Nhuận (minh họa)", kind="commune", slug="xa-phu-nhuan", parent=district
    )


@pytest.fixture
def resolution(district):
    return Resolution.objects.create(
        number="05-NQ/ĐU",
        slug="05-nq-du-2022",
        issuer=district,
        issued_on=dt.date(2021, 12, 20),
        title="Nghị quyết về nhiệm vụ năm 2022 (minh họa)",
        year_from=2022,
        year_to=2022,
    )


def _target(resolution, unit, ordinal, indicator, unit_name, **extra):
    target = Target.objects.create(
        resolution=resolution,
        ordinal=ordinal,
        sort_order=int(ordinal),
        indicator=indicator,
        unit=unit_name,
        period_year=2022,
        **extra,
    )
    target.responsible_units.set([unit])
    return target


@pytest.fixture
def commune_targets(resolution, commune):
    return {
        "budget": _target(
            resolution, commune, "1", "Thu ngân sách nhà nước trên địa bàn xã", "tỷ đồng"
        ),
        "poverty": _target(resolution, commune, "2", "Tỷ lệ hộ nghèo", "%", direction="lower"),
        "growth": _target(resolution, commune, "3", "Tốc độ tăng trưởng giá trị sản xuất", "%"),
    }


@pytest.fixture
def last_year_budget(commune_targets, commune):
    """The same quarter a year before: 10 tỷ đồng, approved."""
    return Result.objects.create(
        target=commune_targets["budget"],
        org_unit=commune,
        period_year=2021,
        period_from_month=1,
        period_to_month=3,
        kind="actual",
        value=10.0,
        review_state=ReviewState.APPROVED,
    )


@pytest.fixture
def commune_reporter(commune):
    from tiendo.accounts.services import assign_staff_role

    user = get_user_model().objects.create_user(
        "canbo.xa", password="mat-khau-thu-nghiem", first_name="Cán bộ xã"
    )
    assign_staff_role(user, "reporter", org_unit=commune)
    return user


@pytest.fixture
def approver(district):
    from tiendo.accounts.services import assign_staff_role

    user = get_user_model().objects.create_user("lanh.dao", password="mat-khau-thu-nghiem")
    assign_staff_role(user, "approver", org_unit=district)
    return user


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("quantri", password="mat-khau-thu-nghiem")


@pytest.fixture
def reporter_client(client, commune_reporter):
    client.force_login(commune_reporter)
    return client


@pytest.fixture
def approver_client(client, approver):
    client.force_login(approver)
    return client
