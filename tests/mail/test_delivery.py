"""The outbox: a key is queued once, a send is claimed once, failures are retried and
then given up, and every attempt is on record."""

from __future__ import annotations

import smtplib

import pytest
from django.core import mail

from tiendo.mail.models import Message, Unsubscribe
from tiendo.mail.services import deliver_message, queue_message, requeue_stalled, send_queued

pytestmark = pytest.mark.django_db


def _queue(key: str = "answer:1", periodic: bool = False, to: str = "dan@example.vn"):
    return queue_message(Message.Kind.ANSWER, key, to, "Tiêu đề", "Nội dung", periodic=periodic)


def test_a_queued_message_is_delivered_after_the_transaction_commits(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        message = _queue()
        assert len(mail.outbox) == 0
    message.refresh_from_db()
    assert message.state == Message.State.SENT
    assert message.sent_at is not None
    assert [m.to for m in mail.outbox] == [["dan@example.vn"]]


def test_the_same_event_queues_one_message(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        first = _queue()
        second = _queue()
    assert first.pk == second.pk
    assert len(mail.outbox) == 1


def test_a_message_already_sent_is_not_sent_again_by_a_second_worker():
    message = _queue()
    assert deliver_message(message.pk) == "sent"
    assert deliver_message(message.pk) == "sent"
    assert len(mail.outbox) == 1


def test_a_failing_relay_leaves_the_message_queued_with_its_reason(monkeypatch):
    def refuse(self, *args, **kwargs):
        raise smtplib.SMTPServerDisconnected("relay went away")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", refuse)
    message = _queue()
    assert deliver_message(message.pk) == "queued"
    message.refresh_from_db()
    assert message.attempts == 1
    assert "relay went away" in message.last_error


def test_a_message_is_given_up_after_the_configured_attempts(monkeypatch, settings):
    settings.TIENDO_MAIL_MAX_ATTEMPTS = 2

    def refuse(self, *args, **kwargs):
        raise OSError("no route")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", refuse)
    message = _queue()
    assert deliver_message(message.pk) == "queued"
    assert deliver_message(message.pk) == "failed"
    assert deliver_message(message.pk) == "failed"
    message.refresh_from_db()
    assert message.attempts == 2


def test_a_row_left_sending_by_a_killed_worker_goes_back_to_the_queue():
    import datetime as dt

    from django.utils import timezone

    message = _queue()
    Message.objects.filter(pk=message.pk).update(
        state=Message.State.SENDING, claimed_at=timezone.now() - dt.timedelta(hours=1)
    )
    assert requeue_stalled() == 1
    assert send_queued() == {"sent": 1}
    assert len(mail.outbox) == 1


@pytest.mark.parametrize(("claimed_seconds_ago", "requeued"), [(30, 1), (5, 0)])
def test_a_row_sending_longer_than_the_stalled_setting_goes_back_to_the_queue(
    settings, claimed_seconds_ago, requeued
):
    import datetime as dt

    from django.utils import timezone

    settings.TIENDO_MAIL_STALLED_SECONDS = 10
    message = _queue()
    Message.objects.filter(pk=message.pk).update(
        state=Message.State.SENDING,
        claimed_at=timezone.now() - dt.timedelta(seconds=claimed_seconds_ago),
    )
    assert requeue_stalled() == requeued


def test_periodic_mail_carries_an_unsubscribe_link_and_header():
    message = _queue(key="digest:1", periodic=True)
    deliver_message(message.pk)
    (sent,) = mail.outbox
    assert "https://cong.example.vn/thu/huy-nhan/" in sent.body
    assert sent.extra_headers["List-Unsubscribe"].startswith("<https://cong.example.vn/thu/")


def test_an_answer_to_a_citizen_has_no_unsubscribe_link():
    message = _queue()
    deliver_message(message.pk)
    assert "huy-nhan" not in mail.outbox[0].body
    assert "List-Unsubscribe" not in mail.outbox[0].extra_headers


def test_an_unsubscribed_address_gets_no_periodic_mail_but_it_is_logged():
    Unsubscribe.objects.create(email="dan@example.vn")
    message = _queue(key="reminder:x", periodic=True, to="DAN@example.vn")
    assert message.state == Message.State.SKIPPED
    assert send_queued() == {}
    assert mail.outbox == []


def test_no_address_queues_nothing():
    assert queue_message(Message.Kind.ANSWER, "answer:2", "  ", "a", "b") is None
    assert not Message.objects.exists()
