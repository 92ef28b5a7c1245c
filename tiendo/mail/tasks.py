"""The delivery task: `tiendo worker` runs it from the database queue."""

from __future__ import annotations

from django_tasks import task

from tiendo.mail.services import deliver_message


@task()
def deliver(message_id: int) -> str:
    return deliver_message(message_id)
