"""Too many submissions from one address get a 429 and a Vietnamese explanation."""

from __future__ import annotations

import pytest

from tiendo.feedback.models import Feedback
from tiendo.feedback.ratelimit import RateLimit, client_address, register_attempt

pytestmark = pytest.mark.django_db


def test_the_sixth_post_within_ten_minutes_is_refused_with_429(citizen, valid_post):
    statuses = [citizen.post("/gop-y/", valid_post).status_code for _ in range(6)]
    assert statuses == [302] * 5 + [429]
    refused = citizen.post("/gop-y/", valid_post)
    assert refused.status_code == 429
    assert "Bạn đã gửi quá nhiều lần" in refused.content.decode()
    assert refused["Retry-After"] == "600"
    assert Feedback.objects.count() == 5


def test_another_address_is_not_affected(client, valid_post):
    for _ in range(5):
        client.post("/gop-y/", valid_post, REMOTE_ADDR="10.0.0.1")
    assert client.post("/gop-y/", valid_post, REMOTE_ADDR="10.0.0.1").status_code == 429
    assert client.post("/gop-y/", valid_post, REMOTE_ADDR="10.0.0.2").status_code == 302


def test_failed_attempts_count_too(citizen, valid_post):
    wrong = {**valid_post, "captcha_1": "SAI"}
    for _ in range(5):
        assert citizen.post("/gop-y/", wrong).status_code == 200
    assert citizen.post("/gop-y/", valid_post).status_code == 429
    assert Feedback.objects.count() == 0


def test_asking_for_a_new_code_is_not_counted(citizen, valid_post):
    for _ in range(8):
        citizen.post("/gop-y/", {**valid_post, "doi_ma": "1"})
    assert citizen.post("/gop-y/", valid_post).status_code == 302


def test_the_limit_counts_per_scope_and_address():
    limit = RateLimit(max_attempts=2, window_seconds=60)
    assert [register_attempt("a", "1.2.3.4", limit) for _ in range(3)] == [True, True, False]
    assert register_attempt("b", "1.2.3.4", limit)
    assert register_attempt("a", "5.6.7.8", limit)


def test_a_smaller_limit_from_settings_applies(citizen, valid_post, settings):
    settings.TIENDO_FEEDBACK_MAX_SUBMISSIONS = 2
    statuses = [citizen.post("/gop-y/", valid_post).status_code for _ in range(3)]
    assert statuses == [302, 302, 429]


@pytest.mark.parametrize(
    ("trusted", "remote", "forwarded", "expected"),
    [
        (0, "203.0.113.9", "198.51.100.1", "203.0.113.9"),  # no proxy: the header is ignored
        (1, "127.0.0.1", "198.51.100.1", "198.51.100.1"),
        (1, "127.0.0.1", "10.9.9.9, 198.51.100.1", "198.51.100.1"),  # forged entry skipped
        (2, "127.0.0.1", "10.9.9.9, 198.51.100.1, 192.0.2.7", "198.51.100.1"),
        (1, "127.0.0.1", "", "127.0.0.1"),  # proxy sent nothing: fall back
    ],
)
def test_the_client_address_trusts_only_the_configured_proxies(
    rf, settings, trusted, remote, forwarded, expected
):
    settings.TIENDO_TRUSTED_PROXIES = trusted
    request = rf.post("/gop-y/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)
    assert client_address(request) == expected
