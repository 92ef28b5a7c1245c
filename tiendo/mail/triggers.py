"""The events that send mail: an answer made public, figures returned, a deadline near,
a morning's approvals waiting. Each builds its message and queues it once."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.urls import reverse

from tiendo.mail import compose
from tiendo.mail.models import Message
from tiendo.mail.services import absolute_url, queue_message, site_url

Kind = Message.Kind


def agency_name(site: Any = None) -> str:
    """Who signs: the agency of `site`'s portal, the default site's when none is given."""
    from wagtail.models import Site

    from tiendo.portal.models import PortalSettings

    site = site or Site.objects.filter(is_default_site=True).first()
    if site is not None:
        portal = PortalSettings.for_site(site)
        return portal.agency_name or portal.portal_name
    return "Cổng thông tin điện tử"


def _person(user: Any) -> str:
    return (user.get_full_name() or user.get_username()) if user is not None else "cán bộ duyệt"


def answer_published(item: Any) -> Message | None:
    """Tell a citizen who left an address that their answer is public, with its link
    on the portal they wrote to."""
    if not item.email:
        return None
    subject, body = compose.answer_published(
        name=item.name or "Ông/Bà",
        reference=item.reference,
        title=item.title,
        answer=item.answer,
        link=site_url(item.site, reverse("feedback:answer", args=[item.pk])),
        agency=agency_name(item.site),
    )
    return queue_message(Kind.ANSWER, f"answer:{item.pk}", item.email, subject, body)


def figures_returned(result: Any, by: Any) -> Message | None:
    """Tell whoever entered a value that it came back, and why."""
    reporter = result.entered_by
    if reporter is None or not reporter.email:
        return None
    subject, body = compose.returned(
        target=result.target.indicator,
        period=result.period.label_vi(),
        comment=result.review_comment,
        by=_person(by),
        link=absolute_url(reverse("workspace:entry")),
        agency=agency_name(),
    )
    key = f"returned:{result.pk}:{result.updated_at.isoformat()}"
    return queue_message(Kind.RETURNED, key, reporter.email, subject, body)


def _reporters(unit: Any) -> list[Any]:
    from tiendo.accounts.roles import ROLES_BY_KEY

    return list(
        get_user_model()
        .objects.filter(
            is_active=True,
            staff_profile__org_unit=unit,
            groups__name=ROLES_BY_KEY["reporter"].name,
        )
        .exclude(email="")
        .distinct()
    )


def send_reminders(today: dt.date) -> int:
    """Remind each unit's reporters TIENDO_MAIL_REMINDER_DAYS days before a deadline of
    what they have not sent; returns how many messages were queued."""
    from tiendo.workspace.deadlines import due_date
    from tiendo.workspace.reporting_periods import periods_of_year
    from tiendo.workspace.submissions import deadline_rules, period_overview

    rules = deadline_rules()
    ahead = dt.timedelta(days=settings.TIENDO_MAIL_REMINDER_DAYS)
    agency = agency_name()
    queued = 0
    for period in periods_of_year(today.year):
        due = due_date(period, rules)
        if due is None or due - today != ahead:
            continue
        for row in period_overview(period, today, rules).units:
            waiting = [t.target.indicator for t in row.targets if t.status != "done"]
            if not waiting:
                continue
            for reporter in _reporters(row.unit):
                subject, body = compose.reminder(
                    unit=row.unit.name, period=period.label_vi(), due=due, targets=waiting,
                    link=absolute_url(reverse("workspace:entry")), agency=agency,
                )  # fmt: skip
                key = f"reminder:{period.code()}:{row.unit.pk}:{reporter.pk}"
                message = queue_message(
                    Kind.REMINDER, key, reporter.email, subject, body, periodic=True
                )
                queued += message is not None and message.state == Message.State.QUEUED
    return queued


def send_digests(today: dt.date) -> int:
    """Each approver with an address hears, once a day, what waits for their approval."""
    from tiendo.accounts.roles import ROLES_BY_KEY
    from tiendo.core.models import Result
    from tiendo.core.models.choices import ReviewState
    from tiendo.core.scope import units_in_charge

    approvers = (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(groups__name=ROLES_BY_KEY["approver"].name) | Q(is_superuser=True))
        .exclude(email="")
        .distinct()
    )
    agency = agency_name()
    queued = 0
    for approver in approvers:
        waiting = Counter(
            Result.objects.filter(
                review_state=ReviewState.SUBMITTED,
                org_unit__in=units_in_charge(approver),
            ).values_list("org_unit__name", flat=True)
        )
        if not waiting:
            continue
        subject, body = compose.digest(
            day=today, waiting=sorted(waiting.items()), total=sum(waiting.values()),
            link=absolute_url(reverse("workspace:review")), agency=agency,
        )  # fmt: skip
        key = f"digest:{today.isoformat()}:{approver.pk}"
        message = queue_message(Kind.DIGEST, key, approver.email, subject, body, periodic=True)
        queued += message is not None and message.state == Message.State.QUEUED
    return queued
