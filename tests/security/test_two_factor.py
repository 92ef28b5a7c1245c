"""Administrators and approvers need a second factor: enrolled at their first login,
with recovery codes; a password alone never opens the admin to them."""

from __future__ import annotations

import re

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tiendo.accounts import two_factor
from tiendo.accounts.services import assign_staff_role

pytestmark = pytest.mark.django_db

PASSWORD = "Mat-khau-dung-2026!"
ENROL = "/tai-khoan/xac-thuc-hai-buoc/"


def _code(device: TOTPDevice, ahead: int = 0) -> str:
    device.refresh_from_db()
    token = totp(device.bin_key, device.step, device.t0, device.digits, device.drift + ahead)
    return f"{token:06d}"


def _sign_in(client, username: str, password: str = PASSWORD):
    return client.post("/dang-nhap/", {"username": username, "password": password})


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("quantri.tinh", password=PASSWORD)


@pytest.fixture
def staff_in_role(django_user_model, commune):
    def make(role: str):
        user = django_user_model.objects.create_user(
            f"canbo.{role}", password=PASSWORD, is_staff=True
        )
        assign_staff_role(user, role, org_unit=commune)
        return user

    return make


def _enrol(client, user) -> list[str]:
    """Go through the first-login enrolment; the recovery codes shown."""
    page = client.get(ENROL)
    assert page.status_code == 200
    device = two_factor.pending_device(user)
    response = client.post(ENROL + "xac-nhan/", {"code": _code(device), "next": "/quan-tri/"})
    assert response.status_code == 200
    return re.findall(r"<code>([a-z0-9]{5}-[a-z0-9]{5})</code>", response.content.decode())


@pytest.mark.parametrize("path", ["/quan-tri/", "/quan-tri/pages/", "/quan-tri/gop-y/"])
def test_a_superuser_with_only_a_password_does_not_reach_the_admin(client, superuser, path):
    _sign_in(client, superuser.username)
    response = client.get(path)
    assert response.status_code == 302
    assert response.url.startswith(ENROL + "?next=")


def test_the_first_login_shows_a_qr_code_ready_to_scan(client, superuser):
    _sign_in(client, superuser.username)
    page = client.get(ENROL).content.decode()
    assert "bắt buộc đăng nhập bằng xác thực hai bước" in page
    assert "<svg" in page
    assert two_factor.pending_device(superuser) is not None


def test_enrolling_gives_ten_recovery_codes_and_opens_the_admin(client, superuser):
    _sign_in(client, superuser.username)
    codes = _enrol(client, superuser)
    assert len(codes) == len(set(codes)) == 10
    assert client.get("/quan-tri/").status_code == 200


def test_the_next_login_asks_for_a_code(client, superuser):
    _sign_in(client, superuser.username)
    _enrol(client, superuser)
    client.post("/dang-xuat/")
    response = _sign_in(client, superuser.username)
    assert response.url == "/dang-nhap/ma-xac-thuc/"
    assert "_auth_user_id" not in client.session
    device = two_factor.confirmed_device(superuser)
    signed = client.post("/dang-nhap/ma-xac-thuc/", {"code": _code(device, ahead=1)})
    assert signed.url == "/quan-tri/"


def test_a_recovery_code_works_once_in_place_of_the_app(client, superuser):
    _sign_in(client, superuser.username)
    codes = _enrol(client, superuser)
    client.post("/dang-xuat/")
    _sign_in(client, superuser.username)
    first = client.post("/dang-nhap/ma-xac-thuc/", {"code": codes[0].upper()})
    assert first.url == "/quan-tri/"
    client.post("/dang-xuat/")
    _sign_in(client, superuser.username)
    again = client.post("/dang-nhap/ma-xac-thuc/", {"code": codes[0]})
    assert again.status_code == 200
    assert "Mã xác thực không đúng" in again.content.decode()


def test_new_recovery_codes_replace_the_old_ones(client, superuser):
    _sign_in(client, superuser.username)
    old = _enrol(client, superuser)
    page = client.post(ENROL + "ma-du-phong/").content.decode()
    new = re.findall(r"<code>([a-z0-9]{5}-[a-z0-9]{5})</code>", page)
    assert len(new) == 10 and not set(new) & set(old)
    client.post("/dang-xuat/")
    _sign_in(client, superuser.username)
    refused = client.post("/dang-nhap/ma-xac-thuc/", {"code": old[1]})
    assert "_auth_user_id" not in client.session
    assert refused.status_code == 200


def test_a_role_that_requires_it_cannot_turn_it_off(client, superuser):
    _sign_in(client, superuser.username)
    _enrol(client, superuser)
    device = two_factor.confirmed_device(superuser)
    response = client.post(ENROL + "go-bo/", {"code": _code(device, ahead=1)}, follow=True)
    assert "không thể tắt" in response.content.decode()
    assert two_factor.confirmed_device(superuser) is not None


@pytest.mark.parametrize(
    ("role", "required"),
    [("admin", True), ("approver", True), ("editor", False), ("reporter", False)],
)
def test_by_default_administrators_and_approvers_must_enrol(staff_in_role, role, required):
    assert two_factor.must_use_second_factor(staff_in_role(role)) is required


def test_the_roles_that_must_enrol_come_from_the_settings(staff_in_role, settings):
    settings.TIENDO_TWO_FACTOR_ROLES = ["editor"]
    assert two_factor.must_use_second_factor(staff_in_role("editor"))
    assert not two_factor.must_use_second_factor(staff_in_role("approver"))


def test_an_approver_is_held_at_enrolment_after_the_password(client, staff_in_role):
    approver = staff_in_role("approver")
    _sign_in(client, approver.username)
    response = client.get("/quan-tri/")
    assert response.url.startswith(ENROL)


def test_an_editor_signs_in_with_a_password_by_default(client, staff_in_role):
    editor = staff_in_role("editor")
    _sign_in(client, editor.username)
    assert client.get("/quan-tri/").status_code == 200


def test_the_demo_administrator_signs_in_and_is_asked_to_enrol(client, db):
    from tiendo.core.commands import ensure_demo_admin

    username, password = ensure_demo_admin()
    response = _sign_in(client, username, password)
    assert response.status_code == 302
    admin = client.get("/quan-tri/")
    assert admin.url.startswith(ENROL)
