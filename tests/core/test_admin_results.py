"""The admin's result screens follow the workspace's rules: units in charge, locks."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from tiendo.core.models import OrgUnit, Resolution, Result, Target
from tiendo.core.models.choices import ReviewState

pytestmark = pytest.mark.django_db


@pytest.fixture
def district(db):
    return OrgUnit.objects.create(name="Huyện A", kind="district", slug="huyen-a")


@pytest.fixture
def outsider(db):
    return OrgUnit.objects.create(name="Huyện B", kind="district", slug="huyen-b")


@pytest.fixture
def target(district):
    resolution = Resolution.objects.create(
        number="01-NQ/HU", slug="nq-01", issuer=district, title="NQ", year_from=2022, year_to=2022
    )
    return Target.objects.create(
        resolution=resolution, ordinal="1", indicator="Thu ngân sách", unit="tỷ đồng",
        period_year=2022,
    )  # fmt: skip


@pytest.fixture
def approver_client(client, district):
    from tiendo.accounts.services import assign_staff_role

    user = get_user_model().objects.create_user("lanh.dao", password="x", is_staff=True)
    assign_staff_role(user, "approver", org_unit=district)
    client.force_login(user)
    return client


def result(target, unit, state=ReviewState.SUBMITTED, value=10.0) -> Result:
    return Result.objects.create(
        target=target, org_unit=unit, period_year=2022, period_from_month=1, period_to_month=3,
        kind="actual", value=value, review_state=state,
    )  # fmt: skip


def edit_post(client, item: Result, value: str):
    url = reverse("wagtailsnippets_core_result:edit", args=[item.pk])
    form = client.get(url).context["form"]
    data = {name: form[name].value() for name in form.fields if form[name].value() is not None}
    data.update(value=value, target=item.target_id, org_unit=item.org_unit_id, comparisons="[]")
    return client.post(url, data)


def test_the_result_list_shows_only_the_units_in_charge(
    approver_client, target, district, outsider
):
    mine, other = result(target, district), result(target, outsider)
    listed = approver_client.get(reverse("wagtailsnippets_core_result:list"))
    shown = {item.pk for item in listed.context["object_list"]}
    assert mine.pk in shown and other.pk not in shown


def test_another_units_result_cannot_be_opened_or_edited(approver_client, target, outsider):
    other = result(target, outsider)
    url = reverse("wagtailsnippets_core_result:edit", args=[other.pk])
    assert approver_client.get(url).status_code == 404
    assert approver_client.post(url, {"value": "99"}).status_code == 404
    other.refresh_from_db()
    assert other.value == 10.0


def test_an_approved_result_cannot_be_edited_in_the_admin(approver_client, target, district):
    approved = result(target, district, ReviewState.APPROVED)
    response = edit_post(approver_client, approved, "99")
    assert "đã được duyệt nên không sửa được" in response.content.decode()
    approved.refresh_from_db()
    assert (approved.value, approved.review_state) == (10.0, ReviewState.APPROVED)


def test_editing_a_result_leaves_its_review_state_alone(approver_client, target, district):
    draft = result(target, district, ReviewState.DRAFT)
    response = edit_post(approver_client, draft, "12")
    assert response.status_code == 302, response.content.decode()[:500]
    draft.refresh_from_db()
    assert (draft.value, draft.review_state) == (12.0, ReviewState.DRAFT)


@pytest.mark.parametrize(
    ("fields", "field_in_error"),
    [
        ({"plan_kind": "fall", "plan_value": None, "direction": "lower"}, "plan_value"),
        ({"plan_kind": "fall", "plan_value": 1.5, "direction": "higher"}, "direction"),
    ],
)
def test_a_change_plan_needs_its_amount_and_a_fall_is_lower_is_better(
    target, fields, field_in_error
):
    from django.core.exceptions import ValidationError

    for name, value in fields.items():
        setattr(target, name, value)
    with pytest.raises(ValidationError) as error:
        target.full_clean()
    assert field_in_error in error.value.message_dict
