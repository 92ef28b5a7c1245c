"""The unsubscribe link: a button to confirm, a signed address nobody can forge."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tiendo.mail.models import Unsubscribe
from tiendo.mail.tokens import unsubscribe_token

pytestmark = pytest.mark.django_db


def test_following_the_link_alone_unsubscribes_nobody(client):
    url = reverse("mail:unsubscribe", args=[unsubscribe_token("ana@example.vn")])
    page = client.get(url)
    assert page.status_code == 200
    assert "Hủy nhận thư nhắc" in page.content.decode()
    assert not Unsubscribe.objects.exists()


def test_confirming_unsubscribes_the_address_in_the_link(client):
    url = reverse("mail:unsubscribe", args=[unsubscribe_token("Ana@Example.vn")])
    page = client.post(url)
    assert page.status_code == 200
    assert "sẽ không nhận thư nhắc" in page.content.decode()
    assert list(Unsubscribe.objects.values_list("email", flat=True)) == ["ana@example.vn"]


def test_a_forged_token_is_refused(client):
    token = unsubscribe_token("ana@example.vn")[:-2] + "xx"
    page = client.post(reverse("mail:unsubscribe", args=[token]))
    assert page.status_code == 404
    assert "không hợp lệ" in page.content.decode()
    assert not Unsubscribe.objects.exists()
