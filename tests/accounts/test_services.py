from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError

from tiendo.accounts.services import (
    assign_staff_role,
    keep_password,
    user_org_unit,
    user_role_keys,
)

pytestmark = pytest.mark.django_db


def test_unit_reporter_is_linked_to_their_unit(district):
    user = get_user_model().objects.create_user("nhaplieu-test")
    profile = assign_staff_role(user, "reporter", org_unit=district, job_title="Chuyên viên")
    assert profile.org_unit == district
    assert user_org_unit(user) == district
    assert user_role_keys(user) == {"reporter"}
    assert user.has_perm("core.add_result")


def test_unit_reporter_without_a_unit_is_refused():
    user = get_user_model().objects.create_user("khongdonvi")
    with pytest.raises(ValidationError, match="cần gắn với một đơn vị"):
        assign_staff_role(user, "reporter")
    assert not user.groups.exists()


def test_staff_without_a_profile_or_anonymous_visitors_have_no_unit():
    user = get_user_model().objects.create_user("khach")
    assert user_org_unit(user) is None
    assert user_org_unit(AnonymousUser()) is None


def test_a_second_role_keeps_the_unit(district):
    user = get_user_model().objects.create_user("hai-vai-tro")
    assign_staff_role(user, "reporter", org_unit=district)
    assign_staff_role(user, "approver")
    assert user_role_keys(user) == {"reporter", "approver"}
    assert user_org_unit(user) == district


def test_a_new_account_is_given_its_password_without_a_check_against_none(monkeypatch):
    user = get_user_model().objects.create_user("moi-tao")
    checked = []
    monkeypatch.setattr(user, "check_password", lambda raw: checked.append(raw))
    assert keep_password(user, "mat-khau-1") is True
    assert checked == []
    monkeypatch.undo()
    assert user.check_password("mat-khau-1")


def test_a_password_already_kept_is_not_set_again():
    user = get_user_model().objects.create_user("da-co", password="mat-khau-1")
    assert keep_password(user, "mat-khau-1") is False
    assert keep_password(user, "mat-khau-2") is True
    assert user.check_password("mat-khau-2")
