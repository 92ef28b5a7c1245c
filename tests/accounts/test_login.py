from __future__ import annotations

import pytest
from django.contrib.messages import get_messages

from tests.accounts.helpers import STAFF_PASSWORD, sign_in
from tiendo.accounts.forms import WRONG_CREDENTIALS

pytestmark = pytest.mark.django_db


def test_login_page_labels_its_fields_in_vietnamese(client):
    response = client.get("/dang-nhap/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Tên đăng nhập" in html
    assert "Mật khẩu" in html
    assert "Đăng nhập" in html


def test_correct_password_signs_in_and_goes_to_the_admin(client, staff_user):
    response = sign_in(client)
    assert response.status_code == 302
    assert response.url == "/quan-tri/"
    assert int(client.session["_auth_user_id"]) == staff_user.pk
    texts = [str(m) for m in get_messages(response.wsgi_request)]
    assert any("Đăng nhập thành công" in text for text in texts)


def test_wrong_password_shows_a_vietnamese_error_and_does_not_sign_in(client, staff_user):
    response = sign_in(client, password="sai-mat-khau")
    assert response.status_code == 200
    assert WRONG_CREDENTIALS in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_empty_form_asks_for_both_fields_in_vietnamese(client):
    html = client.post("/dang-nhap/", {}).content.decode()
    assert "Vui lòng nhập tên đăng nhập." in html
    assert "Vui lòng nhập mật khẩu." in html


def test_safe_next_is_followed_after_login(client, staff_user):
    response = sign_in(client, next="/quan-tri/pages/")
    assert response.url == "/quan-tri/pages/"


@pytest.mark.parametrize(
    "hostile_next",
    ["https://evil.example/", "//evil.example/quan-tri/", "javascript:alert(1)", "http:/\\evil"],
)
def test_next_pointing_off_site_is_refused(client, staff_user, hostile_next):
    response = sign_in(client, next=hostile_next)
    assert response.status_code == 302
    assert response.url == "/quan-tri/"


def test_five_failures_lock_the_account_with_a_vietnamese_message(client, staff_user):
    responses = [sign_in(client, password=f"sai-{n}") for n in range(5)]
    assert all(r.status_code == 200 for r in responses[:4])
    locked = responses[4]
    assert locked.status_code == 429
    assert "Tài khoản tạm thời bị khóa" in locked.content.decode()


def test_locked_account_stays_locked_even_with_the_right_password(client, staff_user):
    for n in range(5):
        sign_in(client, password=f"sai-{n}")
    response = sign_in(client, password=STAFF_PASSWORD)
    assert response.status_code == 429
    assert "thử lại sau 1 giờ" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_colleague_elsewhere_can_still_sign_in_but_not_from_the_locked_address(
    client, staff_user
):
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_user("dongnghiep", password=STAFF_PASSWORD)
    for n in range(5):
        sign_in(client, password=f"sai-{n}")
    assert sign_in(client, username="dongnghiep").status_code == 429
    elsewhere = sign_in(client, username="dongnghiep", address="10.1.2.3")
    assert elsewhere.status_code == 302


def test_logout_needs_a_post_and_then_signs_out(client, staff_user):
    client.force_login(staff_user)
    confirm_page = client.get("/dang-xuat/")
    assert confirm_page.status_code == 200
    assert "_auth_user_id" in client.session
    response = client.post("/dang-xuat/")
    assert response.status_code == 302
    assert response.url == "/dang-nhap/"
    assert "_auth_user_id" not in client.session


def test_wagtail_admin_login_page_sends_people_to_our_login(client):
    response = client.get("/quan-tri/login/?next=/quan-tri/pages/")
    assert response.status_code == 302
    assert response.url == "/dang-nhap/?next=%2Fquan-tri%2Fpages%2F"


def test_admin_asks_anonymous_visitors_to_sign_in_at_our_login(client):
    response = client.get("/quan-tri/")
    assert response.status_code == 302
    assert response.url.startswith("/dang-nhap/")
