"""The events that send mail, in Vietnamese: an answer made public, figures returned,
a deadline three days ahead, a morning's approvals waiting."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail

from tiendo.core.services import return_result, save_result, submit_results
from tiendo.mail.models import Message
from tiendo.mail.triggers import send_digests, send_reminders
from tiendo.periods import Period

Q1 = Period(2022, 1, 3)


def test_a_citizen_gets_the_answer_and_its_link_when_it_is_published(
    make_published, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        item = make_published(answer="Xã sẽ sửa kênh trong tháng 5.")
    (sent,) = mail.outbox
    assert sent.to == ["cuong@example.vn"]
    assert item.reference in sent.subject
    assert "Xã sẽ sửa kênh trong tháng 5." in sent.body
    assert f"https://cong.example.vn/hoi-dap/{item.pk}/" in sent.body


def test_a_citizen_without_an_address_gets_no_mail(
    make_published, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        make_published(email="", phone="0912 345 678")
    assert mail.outbox == []


def test_a_reporter_hears_why_their_figures_came_back(
    commune_targets, commune, reporter_with_address, approver,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    result = save_result(
        target=commune_targets["budget"], org_unit=commune, period=Q1, kind="actual",
        value=12.0, user=reporter_with_address,
    )  # fmt: skip
    submit_results([result], reporter_with_address)
    with django_capture_on_commit_callbacks(execute=True):
        return_result(result, approver, "Số liệu quý I chưa khớp với Kho bạc.")
    (sent,) = mail.outbox
    assert sent.to == ["canbo.xa@example.vn"]
    assert (
        sent.subject
        == "Số liệu bị trả lại: Thu ngân sách nhà nước trên địa bàn xã (quý I năm 2022)"
    )
    assert "chưa khớp với Kho bạc" in sent.body


@pytest.mark.parametrize(
    ("today", "reminded"),
    [
        (dt.date(2022, 3, 17), True),  # the quarter and March are due on 20/3
        (dt.date(2022, 3, 16), False),
        (dt.date(2022, 3, 18), False),
    ],
)
def test_reporters_are_reminded_three_days_before_a_deadline(
    commune_targets, reporter_with_address, django_capture_on_commit_callbacks, today, reminded
):
    with django_capture_on_commit_callbacks(execute=True):
        send_reminders(today)
    assert bool(mail.outbox) is reminded
    if reminded:
        subjects = sorted(m.subject for m in mail.outbox)
        assert subjects == [
            "Nhắc hạn báo cáo quý I năm 2022: còn đến ngày 20/03/2022",
            "Nhắc hạn báo cáo tháng 3 năm 2022: còn đến ngày 20/03/2022",
        ]
        assert "Tỷ lệ hộ nghèo" in mail.outbox[0].body


def test_a_unit_that_sent_everything_is_not_reminded(
    commune_targets, commune, reporter_with_address, django_capture_on_commit_callbacks
):
    for target in commune_targets.values():
        for period in (Q1, Period(2022, 3, 3)):
            result = save_result(
                target=target, org_unit=commune, period=period, kind="actual", value=1.0,
                user=reporter_with_address,
            )  # fmt: skip
            submit_results([result], reporter_with_address)
    with django_capture_on_commit_callbacks(execute=True):
        send_reminders(dt.date(2022, 3, 17))
    assert mail.outbox == []


def test_running_the_daily_reminders_twice_sends_each_once(
    commune_targets, reporter_with_address, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        send_reminders(dt.date(2022, 3, 17))
        send_reminders(dt.date(2022, 3, 17))
    assert len(mail.outbox) == 2
    assert Message.objects.filter(kind="reminder").count() == 2


def test_an_approver_gets_one_digest_a_day_of_what_waits(
    commune_targets, commune, reporter_with_address, approver_with_address,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    for target in commune_targets.values():
        result = save_result(
            target=target, org_unit=commune, period=Q1, kind="actual", value=1.0,
            user=reporter_with_address,
        )  # fmt: skip
        submit_results([result], reporter_with_address)
    with django_capture_on_commit_callbacks(execute=True):
        send_digests(dt.date(2022, 4, 2))
        send_digests(dt.date(2022, 4, 2))
    (sent,) = mail.outbox
    assert sent.to == ["lanhdao@example.vn"]
    assert sent.subject == "3 số liệu chờ duyệt (02/04/2022)"
    assert "Xã Phú Nhuận (minh họa): 3 số liệu" in sent.body


def test_nothing_waiting_sends_no_digest(approver_with_address, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        send_digests(dt.date(2022, 4, 2))
    assert mail.outbox == []


def test_the_answer_link_is_on_the_portal_the_question_was_sent_on(
    make_published, django_capture_on_commit_callbacks, commune
):
    from wagtail.models import Page, Site

    from tiendo.portal.models import PortalSettings

    site = Site.objects.create(
        hostname="xa-a.localhost", port=80, root_page=Page.get_first_root_node()
    )
    PortalSettings.objects.create(site=site, unit=commune, agency_name="UBND xã A")
    with django_capture_on_commit_callbacks(execute=True):
        item = make_published(site=site)
    (sent,) = mail.outbox
    assert f"https://xa-a.localhost/hoi-dap/{item.pk}/" in sent.body
    assert "UBND xã A" in sent.body
