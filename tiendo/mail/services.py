"""Queue a message once, deliver it with retries, and keep every attempt on record.

    queue_message(Message.Kind.ANSWER, "answer:17", "dan@example.vn", subject, body)

A message is queued at most once per key. The delivery task claims the row (queued →
sending) in one UPDATE, so two workers never send the same row; a worker killed in
the middle leaves the row "sending", and `requeue_stalled` gives it back to the queue.
Neither that row nor one whose task died with the worker has a task any more:
`tiendo mail send` (a timer in production) delivers them.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone

from tiendo.mail.models import Message, Unsubscribe
from tiendo.mail.tokens import unsubscribe_token

log = logging.getLogger(__name__)

State = Message.State


def absolute_url(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def site_url(site: Any, path: str) -> str:
    """`path` on `site`'s host, with the scheme of TIENDO_BASE_URL; on the base URL for
    the default site or none (one address for everything, as configured)."""
    if site is None or site.is_default_site:
        return absolute_url(path)
    scheme = urlsplit(settings.WAGTAILADMIN_BASE_URL).scheme or "https"
    port = "" if site.port in (80, 443) else f":{site.port}"
    return f"{scheme}://{site.hostname}{port}{path}"


def unsubscribe_url(email: str) -> str:
    return absolute_url(reverse("mail:unsubscribe", args=[unsubscribe_token(email)]))


def is_unsubscribed(email: str) -> bool:
    return Unsubscribe.objects.filter(email__iexact=email.strip()).exists()


def queue_message(
    kind: str, key: str, to: str, subject: str, body: str, *, periodic: bool = False
) -> Message | None:
    """The message for `key`, queued for delivery after the current transaction commits;
    the existing one if that key was queued before; None without an address."""
    to = to.strip()
    if not to:
        return None
    skipped = periodic and is_unsubscribed(to)
    if periodic and not skipped:
        body = f"{body.rstrip()}\n\n--\nKhông muốn nhận thư nhắc này nữa: {unsubscribe_url(to)}\n"
    message, created = Message.objects.get_or_create(
        key=key[:255],
        defaults={
            "kind": kind,
            "to": to,
            "subject": subject[:255],
            "body": body,
            "periodic": periodic,
            "state": State.SKIPPED if skipped else State.QUEUED,
        },
    )
    if created and not skipped:
        log.info("mail %s queued: %s to %s", message.pk, kind, to)
        transaction.on_commit(lambda: _enqueue(message.pk))
    return message


def _enqueue(message_id: int, delay: dt.timedelta | None = None) -> None:
    from tiendo.mail.tasks import deliver

    task = deliver
    if delay is not None:
        if not task.get_backend().supports_defer:
            return  # `tiendo mail send` picks it up on its next run
        task = task.using(run_after=timezone.now() + delay)
    task.enqueue(message_id)


def _email(message: Message) -> EmailMessage:
    headers = {"Auto-Submitted": "auto-generated"}
    if message.periodic:
        # RFC 8058: mail clients show their own "unsubscribe" button for this header.
        headers["List-Unsubscribe"] = f"<{unsubscribe_url(message.to)}>"
    return EmailMessage(
        subject=message.subject,
        body=message.body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[message.to],
        headers=headers,
    )


def retry_delay(attempts: int) -> dt.timedelta:
    """1, 4, 16, 64 minutes… between attempts, at most six hours."""
    return dt.timedelta(minutes=min(4 ** (attempts - 1), 360))


def deliver_message(message_id: int) -> str:
    """Send one queued message; returns its state afterwards."""
    claimed = Message.objects.filter(pk=message_id, state=State.QUEUED).update(
        state=State.SENDING, attempts=F("attempts") + 1, claimed_at=timezone.now()
    )
    message = Message.objects.filter(pk=message_id).first()
    if message is None:
        return "missing"
    if not claimed:
        return str(message.state)  # sent, skipped, or taken by another worker
    try:
        _email(message).send()
    except Exception as error:  # any failure of the relay: the row keeps the reason
        message.last_error = f"{type(error).__name__}: {error}"[:500]
        if message.attempts >= settings.TIENDO_MAIL_MAX_ATTEMPTS:
            message.state = State.FAILED
            log.error("mail %s failed for good after %s attempts: %s", message.pk,
                      message.attempts, message.last_error)  # fmt: skip
        else:
            message.state = State.QUEUED
            log.warning("mail %s attempt %s failed: %s", message.pk, message.attempts,
                        message.last_error)  # fmt: skip
        message.save(update_fields=["state", "last_error"])
        if message.state == State.QUEUED:
            _enqueue(message.pk, retry_delay(message.attempts))
        return str(message.state)
    message.state = State.SENT
    message.sent_at = timezone.now()
    message.save(update_fields=["state", "sent_at"])
    log.info("mail %s sent: %s to %s", message.pk, message.kind, message.to)
    return str(message.state)


def requeue_stalled(older_than: dt.timedelta | None = None) -> int:
    """Give back to the queue the rows a killed worker left "sending" (claimed more than
    TIENDO_MAIL_STALLED_SECONDS ago unless `older_than`)."""
    if older_than is None:
        older_than = dt.timedelta(seconds=settings.TIENDO_MAIL_STALLED_SECONDS)
    return Message.objects.filter(
        state=State.SENDING, claimed_at__lt=timezone.now() - older_than
    ).update(state=State.QUEUED)


def send_queued(limit: int = 500) -> dict[str, int]:
    """Deliver what waits, in this process: for `tiendo mail send` and a retry sweep."""
    requeue_stalled()
    counts: dict[str, int] = {}
    ids = Message.objects.filter(state=State.QUEUED).order_by("created_at")
    for message_id in ids.values_list("pk", flat=True)[:limit]:
        state = deliver_message(message_id)
        counts[state] = counts.get(state, 0) + 1
    return counts


@transaction.atomic
def unsubscribe(email: str) -> None:
    Unsubscribe.objects.get_or_create(email=email.strip().lower())
    log.info("mail: %s unsubscribed from reminders", email)
