"""Guessing passwords: per account, per address across accounts (spraying), per account
across addresses, and the client address behind trusted proxies."""

from __future__ import annotations

import pytest

from tiendo.client_address import address_from_meta, looks_proxied_but_untrusted

pytestmark = pytest.mark.django_db

PASSWORD = "Mat-khau-dung-2026!"
LOCKED = "Tài khoản tạm thời bị khóa"


def _post(client, username: str, password: str, address: str = "198.51.100.7"):
    return client.post(
        "/dang-nhap/", {"username": username, "password": password}, REMOTE_ADDR=address
    )


@pytest.fixture
def victims(django_user_model):
    return [
        django_user_model.objects.create_user(f"canbo{n:02d}", password=PASSWORD) for n in range(12)
    ]


def test_spraying_twelve_names_from_one_address_is_stopped(client, victims):
    statuses = [
        _post(client, user.username, f"doan-{guess}").status_code
        for guess in range(4)
        for user in victims
    ]
    assert 429 in statuses
    first_refusal = statuses.index(429)
    assert first_refusal < 12, "the address must be stopped within the first round of names"
    assert set(statuses[first_refusal:]) == {429}
    refused = _post(client, victims[0].username, PASSWORD)
    assert refused.status_code == 429
    assert LOCKED in refused.content.decode()


def test_an_address_that_locked_one_account_cannot_sign_in_to_another(client, victims):
    for n in range(5):
        _post(client, victims[0].username, f"sai-{n}")
    assert _post(client, victims[1].username, PASSWORD).status_code == 429
    assert "_auth_user_id" not in client.session


def test_one_name_guessed_from_many_addresses_is_locked(client, victims):
    target = victims[0].username
    statuses = [
        _post(client, target, f"sai-{n}", address=f"203.0.113.{n + 1}").status_code
        for n in range(12)
    ]
    assert statuses[-1] == 429
    # The rightful owner, from yet another address, waits too: the account is locked.
    assert _post(client, target, PASSWORD, address="192.0.2.50").status_code == 429


def test_a_few_typos_from_a_shared_office_address_lock_nobody_else(client, victims):
    for user in victims[:4]:
        _post(client, user.username, "go-nham")
    assert _post(client, victims[5].username, PASSWORD).status_code == 302


def test_signing_in_to_one_account_does_not_clear_guesses_at_others(client, victims):
    for user in victims[1:9]:
        _post(client, user.username, "doan")
    assert _post(client, victims[0].username, PASSWORD).status_code == 302
    client.post("/dang-xuat/")
    statuses = [_post(client, u.username, "doan-2").status_code for u in victims[9:12]]
    assert 429 in statuses


def test_behind_one_trusted_proxy_citizens_are_told_apart(client, victims, settings):
    settings.TIENDO_TRUSTED_PROXIES = 1
    for n in range(5):
        client.post(
            "/dang-nhap/",
            {"username": victims[0].username, "password": f"sai-{n}"},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR="198.51.100.20",
        )
    other = client.post(
        "/dang-nhap/",
        {"username": victims[1].username, "password": PASSWORD},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR="198.51.100.21",
    )
    assert other.status_code == 302


def test_without_the_setting_a_forged_forwarded_header_changes_nothing(client, victims):
    for n in range(5):
        client.post(
            "/dang-nhap/",
            {"username": victims[0].username, "password": f"sai-{n}"},
            HTTP_X_FORWARDED_FOR=f"10.0.0.{n}",
        )
    refused = client.post(
        "/dang-nhap/",
        {"username": victims[1].username, "password": PASSWORD},
        HTTP_X_FORWARDED_FOR="10.0.0.99",
    )
    assert refused.status_code == 429


@pytest.mark.parametrize(
    ("trusted", "remote", "forwarded", "expected"),
    [
        (0, "203.0.113.9", "198.51.100.1", "203.0.113.9"),
        (1, "127.0.0.1", "10.9.9.9, 198.51.100.1", "198.51.100.1"),
        (2, "127.0.0.1", "10.9.9.9, 198.51.100.1, 192.0.2.7", "198.51.100.1"),
        (1, "127.0.0.1", "", "127.0.0.1"),
        (1, "127.0.0.1", "không-phải-địa-chỉ", "127.0.0.1"),
        (0, "", "", "0.0.0.0"),
    ],
)
def test_the_client_address_trusts_only_the_configured_number_of_proxies(
    trusted, remote, forwarded, expected
):
    meta = {"REMOTE_ADDR": remote, "HTTP_X_FORWARDED_FOR": forwarded}
    assert address_from_meta(meta, trusted) == expected


def test_axes_and_the_feedback_limit_read_the_same_address(settings):
    from axes.helpers import get_client_ip_address
    from django.test import RequestFactory

    from tiendo.feedback.ratelimit import client_address

    settings.TIENDO_TRUSTED_PROXIES = 1
    request = RequestFactory().post(
        "/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.44"
    )
    assert get_client_ip_address(request) == client_address(request) == "198.51.100.44"


@pytest.mark.parametrize(
    ("trusted", "remote", "forwarded", "warned"),
    [
        (0, "127.0.0.1", "198.51.100.1", True),  # a local proxy nobody declared
        (0, "10.0.0.5", "198.51.100.1", True),
        (1, "127.0.0.1", "198.51.100.1", False),
        (0, "93.184.215.14", "198.51.100.1", False),  # a visitor's own header: ignored
        (0, "127.0.0.1", "", False),
    ],
)
def test_an_undeclared_proxy_in_front_is_pointed_out(trusted, remote, forwarded, warned):
    meta = {"REMOTE_ADDR": remote, "HTTP_X_FORWARDED_FOR": forwarded}
    assert looks_proxied_but_untrusted(meta, trusted) is warned
