from __future__ import annotations

import pytest
from django.core.management import call_command

from tiendo.api.models import ApiToken
from tiendo.api.tokens import PREFIX_LENGTH, hash_token, issue_token, revoke_tokens, user_for_token


@pytest.fixture
def user(db, django_user_model):
    return django_user_model.objects.create_user(username="lap.trinh", password="x-x-x-x-x")


def test_issued_token_is_stored_only_as_its_hash(user):
    token, secret = issue_token(user, name="đồng bộ")
    stored = ApiToken.objects.get(pk=token.pk)
    assert stored.token_hash == hash_token(secret)
    assert secret not in {stored.token_hash, stored.prefix, stored.name}
    assert secret.startswith(stored.prefix)


def test_token_identifies_its_user_and_records_last_use(user):
    token, secret = issue_token(user)
    assert user_for_token(secret) == user
    token.refresh_from_db()
    assert token.last_used_at is not None


@pytest.mark.parametrize("secret", ["", "td_khong-dung", "abc", "td_" + "x" * 43])
def test_unknown_secrets_identify_nobody(user, secret):
    issue_token(user)
    assert user_for_token(secret) is None


def test_revoked_token_no_longer_works(user):
    _, secret = issue_token(user)
    assert revoke_tokens(secret[:PREFIX_LENGTH]) == 1
    assert user_for_token(secret) is None


def test_token_of_an_inactive_user_does_not_work(user):
    _, secret = issue_token(user)
    user.is_active = False
    user.save()
    assert user_for_token(secret) is None


def test_revoking_needs_enough_of_the_prefix_to_name_one_token(user):
    issue_token(user)
    with pytest.raises(ValueError):
        revoke_tokens("td_")


def test_command_creates_a_token_that_works(user, capsys):
    call_command("api_token", "create", user.username, "--name", "máy chủ thống kê")
    secret = capsys.readouterr().out.strip().splitlines()[-1]
    assert user_for_token(secret) == user
    assert ApiToken.objects.get(user=user).name == "máy chủ thống kê"
