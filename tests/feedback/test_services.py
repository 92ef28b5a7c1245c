"""Moderation transitions and their permission checks."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tiendo.feedback.models import Feedback
from tiendo.feedback.services import (
    answer_feedback,
    assign_feedback,
    mark_spam,
    publish_feedback,
    restore_feedback,
    submit_feedback,
    unpublish_feedback,
)

pytestmark = pytest.mark.django_db
Status = Feedback.Status


def test_submit_requires_a_way_to_reply():
    with pytest.raises(ValidationError):
        submit_feedback(name="An", title="Hỏi", content="Nội dung", consented=True)
    assert Feedback.objects.count() == 0


def test_submit_requires_consent():
    with pytest.raises(ValidationError):
        submit_feedback(
            name="An", email="an@example.vn", title="Hỏi", content="Nội dung", consented=False
        )
    assert Feedback.objects.count() == 0


def test_submit_gives_each_item_its_own_reference(make_item):
    references = {make_item().reference for _ in range(20)}
    assert len(references) == 20


def test_a_new_item_goes_through_assigned_answered_and_published(make_item, moderator, unit):
    item = make_item()
    assert item.status == Status.NEW

    item = assign_feedback(item, unit, by=moderator)
    assert (item.status, item.assigned_unit, item.assigned_at is not None) == (
        Status.ASSIGNED,
        unit,
        True,
    )

    item = answer_feedback(item, "  Xã sẽ sửa\r\nkênh mương.\x00 ", by=moderator)
    assert item.status == Status.ANSWERED
    assert item.answer == "Xã sẽ sửa\nkênh mương."
    assert item.answered_by == moderator
    assert item.answered_at is not None

    item = publish_feedback(item, by=moderator)
    assert item.status == Status.PUBLISHED
    assert item.published_at is not None
    assert Feedback.objects.get(pk=item.pk).status == Status.PUBLISHED


def test_correcting_a_published_answer_keeps_it_published(make_published, moderator):
    item = make_published()
    item = answer_feedback(item, "Bản trả lời đã sửa.", by=moderator)
    assert item.status == Status.PUBLISHED
    assert item.answer == "Bản trả lời đã sửa."


def test_unpublishing_returns_the_item_to_answered(make_published, moderator):
    item = unpublish_feedback(make_published(), by=moderator)
    assert (item.status, item.published_at) == (Status.ANSWERED, None)


def test_spam_leaves_the_portal_and_cannot_be_answered(make_published, moderator):
    item = mark_spam(make_published(), by=moderator)
    assert (item.status, item.published_at) == (Status.SPAM, None)
    with pytest.raises(ValidationError, match="Rác"):
        answer_feedback(item, "Trả lời", by=moderator)


@pytest.mark.parametrize(
    ("step", "message"),
    [
        (lambda item, user, unit: publish_feedback(item, by=user), "công khai"),
        (lambda item, user, unit: unpublish_feedback(item, by=user), "gỡ công khai"),
    ],
)
def test_a_transition_from_the_wrong_state_is_refused(make_item, moderator, unit, step, message):
    item = make_item()
    with pytest.raises(ValidationError, match=message):
        step(item, moderator, unit)
    assert Feedback.objects.get(pk=item.pk).status == Status.NEW


def test_an_answered_item_cannot_be_reassigned(make_item, moderator, unit):
    item = answer_feedback(make_item(), "Đã trả lời.", by=moderator)
    with pytest.raises(ValidationError):
        assign_feedback(item, unit, by=moderator)


def test_an_empty_answer_is_refused(make_item, moderator):
    with pytest.raises(ValidationError, match="không được để trống"):
        answer_feedback(make_item(), " \x00 ", by=moderator)


@pytest.mark.parametrize(
    "step",
    [
        lambda item, user, unit: assign_feedback(item, unit, by=user),
        lambda item, user, unit: answer_feedback(item, "Trả lời", by=user),
        lambda item, user, unit: mark_spam(item, by=user),
    ],
)
def test_staff_without_feedback_permissions_cannot_change_an_item(make_item, outsider, unit, step):
    item = make_item()
    with pytest.raises(PermissionDenied):
        step(item, outsider, unit)
    assert Feedback.objects.get(pk=item.pk).status == Status.NEW


def test_a_unit_that_may_answer_may_not_publish(make_item, answerer):
    item = answer_feedback(make_item(), "Trả lời của đơn vị.", by=answerer)
    assert item.status == Status.ANSWERED
    with pytest.raises(PermissionDenied):
        publish_feedback(item, by=answerer)
    with pytest.raises(PermissionDenied):
        mark_spam(item, by=answerer)


def test_nobody_signed_in_means_no_permission(make_item):
    with pytest.raises(PermissionDenied):
        mark_spam(make_item(), by=None)


def test_a_superuser_may_do_everything(make_item, province_admin, unit):
    item = assign_feedback(make_item(), unit, by=province_admin)
    item = answer_feedback(item, "Trả lời.", by=province_admin)
    assert publish_feedback(item, by=province_admin).status == Status.PUBLISHED


@pytest.mark.parametrize(
    ("answered", "assigned", "expected"),
    [(True, True, Status.ANSWERED), (False, True, Status.ASSIGNED), (False, False, Status.NEW)],
)
def test_restoring_from_spam_returns_to_the_state_the_data_supports(
    make_item, moderator, unit, answered, assigned, expected
):
    item = make_item()
    if assigned:
        item = assign_feedback(item, unit, by=moderator)
    if answered:
        item = answer_feedback(item, "Trả lời.", by=moderator)
    item = restore_feedback(mark_spam(item, by=moderator), by=moderator)
    assert item.status == expected


def test_only_spam_can_be_restored(make_item, moderator):
    with pytest.raises(ValidationError, match="khôi phục"):
        restore_feedback(make_item(), by=moderator)
