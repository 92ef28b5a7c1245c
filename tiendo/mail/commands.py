"""`tiendo mail`: deliver what waits, send today's reminders and approvers' digests.

    tiendo mail send               # deliver queued messages now (and retry failed ones)
    tiendo mail remind [--today 2022-03-17]
    tiendo mail digest [--today 2022-03-17]

Reminders and digests are meant to run once a day (deploy/ has a systemd timer);
running one twice on a day queues nothing new.
"""

from __future__ import annotations

import argparse

from tiendo.cli import iso_date


def register(subparsers: argparse._SubParsersAction) -> None:
    mail = subparsers.add_parser("mail", help="deliver e-mail, send reminders and digests")
    actions = mail.add_subparsers(dest="mail_action", required=True, metavar="ACTION")
    actions.add_parser("send", help="deliver queued messages now").set_defaults(handler=run_send)
    for name, help_text in (
        ("remind", "queue reminders of deadlines that are near"),
        ("digest", "queue each approver's daily digest"),
    ):
        action = actions.add_parser(name, help=help_text)
        action.add_argument(
            "--today", type=iso_date, default=None, help="the day to act as (today)"
        )
        action.set_defaults(handler=run_daily, daily=name)


def run_send(args: argparse.Namespace) -> int:
    from tiendo.core.commands import setup_django

    setup_django()
    from tiendo.mail.services import send_queued

    counts = send_queued()
    print(
        "Thư: " + (", ".join(f"{state} {n}" for state, n in sorted(counts.items())) or "không có")
    )
    return 1 if counts.get("failed") else 0


def run_daily(args: argparse.Namespace) -> int:
    from tiendo.core.commands import setup_django

    setup_django()
    from django.db import transaction
    from django.utils import timezone

    from tiendo.mail.triggers import send_digests, send_reminders

    today = args.today or timezone.localdate()
    with transaction.atomic():
        queued = (send_reminders if args.daily == "remind" else send_digests)(today)
    print(f"Đã xếp {queued} thư vào hàng đợi.")
    return 0
