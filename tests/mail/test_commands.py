"""`tiendo mail`: the daily jobs as a cron or systemd timer runs them."""

from __future__ import annotations

import pytest
from django.core import mail

from tiendo.cli import main
from tiendo.mail.models import Message


@pytest.mark.django_db
def test_the_daily_reminder_command_queues_and_the_send_command_delivers(
    commune_targets, reporter_with_address, capsys, settings
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    assert main(["mail", "remind", "--today", "2022-03-17"]) == 0
    assert "Đã xếp 2 thư" in capsys.readouterr().out
    assert Message.objects.filter(state="queued").count() == 2
    assert main(["mail", "send"]) == 0
    assert "sent 2" in capsys.readouterr().out
    assert len(mail.outbox) == 2


def test_a_malformed_day_is_refused_in_vietnamese(capsys):
    with pytest.raises(SystemExit):
        main(["mail", "digest", "--today", "17/03/2022"])
    assert "không hợp lệ" in capsys.readouterr().err
