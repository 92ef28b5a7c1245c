"""Approvers work on their own unit and the units under it, and nowhere else."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import reverse

from tiendo.core.models import OrgUnit, Result
from tiendo.core.models.choices import ReviewState
from tiendo.workspace.access import acting_unit, units_in_charge


@pytest.fixture
def other_commune(db):
    other_district = OrgUnit.objects.create(name="Huyện Bên Cạnh", kind="district", slug="huyen-bc")
    return OrgUnit.objects.create(
        name="Xã Ngoài Phạm Vi", kind="commune", slug="xa-ngoai", parent=other_district
    )


def submitted_result(target, unit, value: float) -> Result:
    return Result.objects.create(
        target=target, org_unit=unit, period_year=2022, period_from_month=1, period_to_month=3,
        kind="actual", value=value, review_state=ReviewState.SUBMITTED,
    )  # fmt: skip


def test_a_district_approver_is_in_charge_of_the_district_and_its_communes(
    approver, district, commune, other_commune
):
    assert set(units_in_charge(approver)) == {district, commune}


def test_an_approver_without_a_unit_is_in_charge_of_none(db):
    user = get_user_model().objects.create_user("khong.don.vi")
    user.user_permissions.add(Permission.objects.get(codename="approve_result"))
    assert not units_in_charge(user).exists()


def test_a_superuser_is_in_charge_of_every_unit(superuser, commune, other_commune):
    assert units_in_charge(superuser).count() == OrgUnit.objects.count()


def test_the_review_list_shows_only_the_units_in_the_approvers_charge(
    approver_client, commune_targets, commune, other_commune
):
    submitted_result(commune_targets["budget"], commune, 12.0)
    submitted_result(commune_targets["budget"], other_commune, 99.0)
    listed = approver_client.get(reverse("workspace:review")).context["results"]
    assert [result.org_unit for result in listed] == [commune]


def test_an_approver_cannot_approve_a_result_outside_their_charge(
    approver_client, commune_targets, other_commune
):
    outside = submitted_result(commune_targets["budget"], other_commune, 99.0)
    url = reverse("workspace:review_action", args=[outside.pk, "duyet"])
    assert approver_client.post(url).status_code == 404
    outside.refresh_from_db()
    assert outside.review_state == ReviewState.SUBMITTED


def test_an_approver_can_enter_figures_only_for_units_in_their_charge(
    approver_client, approver, commune, other_commune
):
    from tiendo.accounts.services import assign_staff_role

    assign_staff_role(approver, "reporter")  # a district clerk who also approves
    query = {"nam": 2022, "ky": "Q1", "loai": "actual"}
    page = approver_client.get(reverse("workspace:entry"), {**query, "don_vi": other_commune.pk})
    assert "don_vi" in page.context["selection"].errors
    assert acting_unit(approver, other_commune) != other_commune
    page = approver_client.get(reverse("workspace:entry"), {**query, "don_vi": commune.pk})
    assert page.context["sheet"].unit == commune


def test_the_deadlines_list_only_the_units_in_charge(
    approver_client, commune_targets, commune, other_commune
):
    commune_targets["poverty"].responsible_units.add(other_commune)
    page = approver_client.get(reverse("workspace:deadlines"), {"nam": 2022, "ky": "Q1"})
    assert [row.unit for row in page.context["overview"].units] == [commune]


def test_an_approver_without_a_unit_is_told_why_the_list_is_empty(client, db):
    user = get_user_model().objects.create_user("khong.don.vi", is_staff=True)
    user.user_permissions.add(
        Permission.objects.get(codename="approve_result"),
        Permission.objects.get(codename="access_admin"),
    )
    client.force_login(user)
    page = client.get(reverse("workspace:review"))
    assert "chưa được gắn với đơn vị" in page.content.decode()


def test_an_administrator_without_a_unit_acts_for_every_unit(db, commune, other_commune):
    from tiendo.accounts.services import assign_staff_role

    admin = get_user_model().objects.create_user("quan.tri", is_staff=True)
    assign_staff_role(admin, "admin")
    admin = get_user_model().objects.get(pk=admin.pk)  # permissions are cached per object
    assert units_in_charge(admin).count() == OrgUnit.objects.count()
    assert acting_unit(admin, other_commune) == other_commune
