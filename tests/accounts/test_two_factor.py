from __future__ import annotations

import re

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.accounts.helpers import code_for, sign_in
from tiendo.accounts import two_factor

pytestmark = pytest.mark.django_db


def test_enrolment_page_shows_an_inline_svg_qr_code_and_the_secret(client, staff_user):
    client.force_login(staff_user)
    client.post("/tai-khoan/xac-thuc-hai-buoc/bat-dau/")
    html = client.get("/tai-khoan/xac-thuc-hai-buoc/").content.decode()
    device = two_factor.pending_device(staff_user)
    assert "<svg" in html
    assert "<script" not in html
    assert two_factor.secret_text(device) in html
    assert re.fullmatch(r"[A-Z2-7]{4}( [A-Z2-7]{1,4})+", two_factor.secret_text(device))


def test_first_code_confirms_the_device(client, staff_user, optional_two_factor):
    client.force_login(staff_user)
    client.post("/tai-khoan/xac-thuc-hai-buoc/bat-dau/")
    device = two_factor.pending_device(staff_user)
    response = client.post("/tai-khoan/xac-thuc-hai-buoc/xac-nhan/", {"code": code_for(device)})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Mã dự phòng" in page
    assert "Đã bật xác thực hai bước" in page
    assert two_factor.confirmed_device(staff_user) is not None


def test_wrong_first_code_leaves_two_factor_off(client, staff_user, optional_two_factor):
    client.force_login(staff_user)
    client.post("/tai-khoan/xac-thuc-hai-buoc/bat-dau/")
    device = two_factor.pending_device(staff_user)
    wrong = f"{(int(code_for(device)) + 1) % 1_000_000:06d}"
    client.post("/tai-khoan/xac-thuc-hai-buoc/xac-nhan/", {"code": wrong})
    assert two_factor.confirmed_device(staff_user) is None
    page = client.get("/tai-khoan/xac-thuc-hai-buoc/").content.decode()
    assert "Mã xác thực không đúng" in page


def test_enrolled_user_must_enter_a_code_before_being_signed_in(client, totp_device):
    response = sign_in(client)
    assert response.status_code == 302
    assert response.url == "/dang-nhap/ma-xac-thuc/"
    assert "_auth_user_id" not in client.session
    response = client.post("/dang-nhap/ma-xac-thuc/", {"code": code_for(totp_device)})
    assert response.status_code == 302
    assert response.url == "/quan-tri/"
    assert int(client.session["_auth_user_id"]) == totp_device.user_id
    assert client.session["otp_device_id"] == totp_device.persistent_id


def test_enrol_then_sign_in_again_with_the_next_code(client, staff_user, optional_two_factor):
    client.force_login(staff_user)
    client.post("/tai-khoan/xac-thuc-hai-buoc/bat-dau/")
    device = two_factor.pending_device(staff_user)
    client.post("/tai-khoan/xac-thuc-hai-buoc/xac-nhan/", {"code": code_for(device)})
    client.post("/dang-xuat/")
    sign_in(client, next="/quan-tri/pages/")
    response = client.post("/dang-nhap/ma-xac-thuc/", {"code": code_for(device, ahead=1)})
    assert response.url == "/quan-tri/pages/"
    assert int(client.session["_auth_user_id"]) == staff_user.pk


def test_a_wrong_code_keeps_the_user_out_with_a_vietnamese_message(client, totp_device):
    sign_in(client)
    wrong = f"{(int(code_for(totp_device)) + 1) % 1_000_000:06d}"
    response = client.post("/dang-nhap/ma-xac-thuc/", {"code": wrong})
    assert response.status_code == 200
    assert "Mã xác thực không đúng" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_code_must_have_six_digits(client, totp_device):
    sign_in(client)
    response = client.post("/dang-nhap/ma-xac-thuc/", {"code": "12345"})
    assert "Mã xác thực gồm đúng 6 chữ số." in response.content.decode()


def test_guessing_codes_locks_the_account_like_guessing_passwords(client, totp_device, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # isolate axes from django-otp's own throttle
    sign_in(client)
    right = int(code_for(totp_device))
    statuses = [
        client.post("/dang-nhap/ma-xac-thuc/", {"code": f"{(right + n) % 1_000_000:06d}"})
        for n in range(100_001, 100_006)
    ]
    assert statuses[-1].status_code == 429
    assert "Tài khoản tạm thời bị khóa" in statuses[-1].content.decode()
    assert "_auth_user_id" not in client.session


def test_code_step_without_a_password_first_goes_back_to_login(client, db):
    response = client.get("/dang-nhap/ma-xac-thuc/")
    assert response.status_code == 302
    assert response.url == "/dang-nhap/"


def test_admin_requires_a_code_from_a_user_who_has_a_device(client, totp_device):
    # As if signed in another way, without a code.
    client.force_login(totp_device.user, verified=False)
    response = client.get("/quan-tri/")
    assert response.status_code == 302
    assert response.url.startswith("/dang-nhap/ma-xac-thuc/?next=")
    client.post("/dang-nhap/ma-xac-thuc/", {"code": code_for(totp_device)})
    assert client.get("/quan-tri/").status_code == 200


def test_admin_opens_without_a_code_for_users_without_a_device(
    client, staff_user, optional_two_factor
):
    client.force_login(staff_user)
    assert client.get("/quan-tri/").status_code == 200


def test_removing_two_factor_needs_a_current_code(client, totp_device, optional_two_factor):
    user = totp_device.user
    sign_in(client)
    client.post("/dang-nhap/ma-xac-thuc/", {"code": code_for(totp_device)})
    client.post("/tai-khoan/xac-thuc-hai-buoc/go-bo/", {"code": "000000"})
    assert two_factor.confirmed_device(user) is not None
    totp_device.throttle_reset()
    client.post("/tai-khoan/xac-thuc-hai-buoc/go-bo/", {"code": code_for(totp_device, ahead=1)})
    assert not TOTPDevice.objects.filter(user=user).exists()


def test_enrolment_pages_need_a_signed_in_user(client, db):
    response = client.get("/tai-khoan/xac-thuc-hai-buoc/")
    assert response.status_code == 302
    assert response.url.startswith("/dang-nhap/?next=")
