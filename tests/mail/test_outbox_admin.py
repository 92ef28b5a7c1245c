"""The outbox in the admin: an administrator reads it; nobody edits it."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tiendo.mail.models import Message
from tiendo.mail.services import queue_message

pytestmark = pytest.mark.django_db


def test_an_administrator_sees_what_was_sent_and_why_a_send_failed(client, province_admin):
    message = queue_message(Message.Kind.ANSWER, "answer:9", "dan@example.vn", "Trả lời", "…")
    Message.objects.filter(pk=message.pk).update(last_error="SMTPServerDisconnected: relay")
    client.force_login(province_admin)
    listing = client.get("/quan-tri/thu-di/")
    assert listing.status_code == 200
    assert "dan@example.vn" in listing.content.decode()
    inspect = client.get(f"/quan-tri/thu-di/inspect/{message.pk}/")
    assert "SMTPServerDisconnected" in inspect.content.decode()


def test_nobody_can_write_into_the_outbox(client, province_admin):
    message = queue_message(Message.Kind.ANSWER, "answer:9", "dan@example.vn", "Trả lời", "…")
    client.force_login(province_admin)
    for url in (reverse("mail_messages:add"), reverse("mail_messages:edit", args=[message.pk])):
        response = client.get(url)
        assert response.status_code in (302, 403)
    assert Message.objects.get().subject == "Trả lời"
