"""The review states: draft, submitted, approved (locked), returned; reopening."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from tiendo.audit.models import AuditEntry
from tiendo.core.models import Result
from tiendo.core.models.choices import ReviewState
from tiendo.core.services import (
    InvalidTransition,
    ResultLocked,
    ServiceError,
    approve_result,
    reopen_result,
    return_result,
    save_result,
    submit_results,
)
from tiendo.periods import Period

Q1 = Period(2022, 1, 3)


@pytest.fixture
def submitted(commune_targets, commune, commune_reporter):
    result = save_result(
        target=commune_targets["budget"], org_unit=commune, period=Q1, kind="actual",
        value=12.0, user=commune_reporter,
    )  # fmt: skip
    submit_results([result], commune_reporter)
    return result


def test_an_approved_value_is_locked(submitted, approver, commune_reporter, commune):
    approve_result(submitted, approver)
    assert submitted.is_locked
    with pytest.raises(ResultLocked) as error:
        save_result(
            target=submitted.target, org_unit=commune, period=Q1, kind="actual", value=13.0,
            user=commune_reporter,
        )  # fmt: skip
    assert "đã được duyệt" in error.value.message_vi
    submitted.refresh_from_db()
    assert submitted.value == 12.0


def test_a_draft_cannot_be_approved(commune_targets, commune, commune_reporter, approver):
    draft = save_result(
        target=commune_targets["budget"], org_unit=commune, period=Q1, kind="actual",
        value=1.0, user=commune_reporter,
    )  # fmt: skip
    with pytest.raises(InvalidTransition):
        approve_result(draft, approver)


def test_returning_needs_a_comment_and_editing_puts_it_back_to_draft(
    submitted, approver, commune_reporter, commune
):
    with pytest.raises(ServiceError):
        return_result(submitted, approver, "  ")
    return_result(submitted, approver, "Số liệu chưa khớp báo cáo tháng 3")
    assert submitted.review_state == ReviewState.RETURNED
    edited = save_result(
        target=submitted.target, org_unit=commune, period=Q1, kind="actual", value=11.5,
        user=commune_reporter,
    )  # fmt: skip
    assert edited.pk == submitted.pk
    assert edited.review_state == ReviewState.DRAFT


def test_reopening_needs_a_reason_and_is_audited(submitted, approver):
    approve_result(submitted, approver)
    with pytest.raises(ServiceError):
        reopen_result(submitted, approver, "")
    reopen_result(submitted, approver, "Cục Thống kê điều chỉnh số liệu")
    assert submitted.review_state == ReviewState.DRAFT
    entry = AuditEntry.objects.filter(model="core.result", object_id=str(submitted.pk)).first()
    assert entry.user == approver
    assert entry.reason == "Cục Thống kê điều chỉnh số liệu"
    assert entry.before["review_state"] == "approved"
    assert entry.after["review_state"] == "draft"


def test_the_approver_approves_from_the_review_list(approver_client, submitted):
    page = approver_client.get(reverse("workspace:review"))
    assert page.status_code == 200
    assert "Thu ngân sách nhà nước trên địa bàn xã" in page.content.decode()
    url = reverse("workspace:review_action", args=[submitted.pk, "duyet"])
    assert approver_client.post(url).status_code == 302
    submitted.refresh_from_db()
    assert submitted.review_state == ReviewState.APPROVED


def test_the_approver_returns_with_a_comment_from_the_review_list(approver_client, submitted):
    url = reverse("workspace:review_action", args=[submitted.pk, "tra-lai"])
    approver_client.post(url, {"comment": "Thiếu số liệu xã"})
    submitted.refresh_from_db()
    assert submitted.review_state == ReviewState.RETURNED
    assert submitted.review_comment == "Thiếu số liệu xã"


def test_reopening_from_the_list_without_a_reason_changes_nothing(
    approver_client, submitted, approver
):
    approve_result(submitted, approver)
    url = reverse("workspace:review_action", args=[submitted.pk, "mo-lai"])
    response = approver_client.post(url, {"comment": ""}, follow=True)
    assert "phải ghi rõ lý do" in response.content.decode()
    submitted.refresh_from_db()
    assert submitted.review_state == ReviewState.APPROVED


def test_a_reporter_cannot_approve(reporter_client, submitted):
    url = reverse("workspace:review_action", args=[submitted.pk, "duyet"])
    reporter_client.post(url)
    submitted.refresh_from_db()
    assert submitted.review_state == ReviewState.SUBMITTED


def test_the_review_list_runs_a_fixed_number_of_queries(
    approver_client, commune_targets, commune, commune_reporter, django_assert_max_num_queries
):
    for month in range(1, 13):
        for target in commune_targets.values():
            Result.objects.create(
                target=target, org_unit=commune, period_year=2022, period_from_month=month,
                period_to_month=month, kind="actual", value=1.0, entered_by=commune_reporter,
                review_state=ReviewState.SUBMITTED,
            )  # fmt: skip
    approver_client.get(reverse("workspace:review"))  # the site's settings rows, made once
    # 25 for the screen, 5 for the admin's frame (agency name, emblem, menu permissions).
    with django_assert_max_num_queries(30):
        response = approver_client.get(reverse("workspace:review"))
    assert len(response.context["results"]) == 36


def test_review_list_shows_local_time(approver_client, submitted):
    # 13:09 UTC is 20:09 in Hà Nội: the list must agree with the audit log.
    moment = dt.datetime(2026, 12, 4, 13, 9, tzinfo=dt.UTC)
    Result.objects.filter(pk=submitted.pk).update(updated_at=moment)
    html = approver_client.get(reverse("workspace:review")).content.decode()
    assert "04/12/2026 20:09" in html
    assert "04/12/2026 13:09" not in html
