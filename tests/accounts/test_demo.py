from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from tiendo.accounts import demo as accounts_demo
from tiendo.accounts.services import user_org_unit, user_role_keys
from tiendo.core.demo.loader import load_core_demo

pytestmark = pytest.mark.django_db

EXPECTED_ROLES = {
    "bientap": "editor",
    "nhaplieu": "reporter",
    "pheduyet": "approver",
    "kiemduyet": "moderator",
}


@pytest.fixture
def core_demo():
    return load_core_demo()


def _snapshot():
    users = get_user_model().objects.filter(username__in=EXPECTED_ROLES).order_by("username")
    return [
        (u.username, u.first_name, u.last_name, u.password, sorted(user_role_keys(u)))
        for u in users
    ]


def test_demo_creates_one_user_per_role(core_demo, monkeypatch):
    monkeypatch.delenv(accounts_demo.PASSWORD_VARIABLE, raising=False)
    accounts_demo.load(core_demo)
    for username, role in EXPECTED_ROLES.items():
        user = get_user_model().objects.get(username=username)
        assert user_role_keys(user) == {role}
        assert not user.has_usable_password()
    assert user_org_unit(get_user_model().objects.get(username="nhaplieu")) == core_demo.district


def test_demo_passwords_come_from_the_environment(core_demo, monkeypatch):
    monkeypatch.setenv(accounts_demo.PASSWORD_VARIABLE, "Demo-Bao-Thang-2022")
    accounts_demo.load(core_demo)
    assert get_user_model().objects.get(username="bientap").check_password("Demo-Bao-Thang-2022")


@pytest.mark.parametrize("password", ["", "Demo-Bao-Thang-2022"])
def test_loading_the_demo_twice_gives_the_same_accounts(core_demo, monkeypatch, password):
    monkeypatch.setenv(accounts_demo.PASSWORD_VARIABLE, password)
    accounts_demo.load(core_demo)
    first = _snapshot()
    accounts_demo.load(core_demo)
    assert _snapshot() == first
    assert len(first) == len(EXPECTED_ROLES)
