"""The moderation screens in the Wagtail admin."""

from __future__ import annotations

import pytest

from tiendo.feedback.models import Feedback

pytestmark = pytest.mark.django_db
Status = Feedback.Status
LIST_URL = "/quan-tri/gop-y/"


def _edit_url(item: Feedback) -> str:
    return f"/quan-tri/gop-y/edit/{item.pk}/"


def test_a_moderator_sees_the_list_with_vietnamese_labels(client, moderator, make_item):
    make_item(title="Câu hỏi cần xử lý")
    client.force_login(moderator)
    response = client.get(LIST_URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Câu hỏi cần xử lý" in html
    assert "Mới" in html
    assert "/quan-tri/gop-y/edit/" in html


def test_staff_without_feedback_permissions_cannot_open_the_screens(client, outsider, make_item):
    item = make_item()
    client.force_login(outsider)
    assert client.get(LIST_URL).status_code in (302, 403)
    assert client.get(_edit_url(item)).status_code in (302, 403)
    client.post(_edit_url(item), {"action": "spam"})
    assert Feedback.objects.get(pk=item.pk).status == Status.NEW


def test_a_moderator_assigns_answers_and_publishes_from_the_item_screen(
    client, moderator, make_item, unit
):
    item = make_item(title="Hỏi về kênh mương")
    client.force_login(moderator)
    page = client.get(_edit_url(item)).content.decode()
    assert "Hỏi về kênh mương" in page
    assert "cuong@example.vn" in page

    assert client.post(_edit_url(item), {"action": "assign", "unit": unit.pk}).status_code == 302
    assert (
        client.post(_edit_url(item), {"action": "answer", "answer": "Sẽ sửa."}).status_code == 302
    )
    assert client.post(_edit_url(item), {"action": "publish"}).status_code == 302
    item.refresh_from_db()
    assert (item.status, item.assigned_unit, item.answer, item.answered_by) == (
        Status.PUBLISHED,
        unit,
        "Sẽ sửa.",
        moderator,
    )


def test_an_action_the_state_does_not_allow_is_explained(client, moderator, make_item):
    item = make_item()
    client.force_login(moderator)
    response = client.post(_edit_url(item), {"action": "publish"}, follow=True)
    assert response.status_code == 400
    assert "Không thể công khai" in response.content.decode()
    assert Feedback.objects.get(pk=item.pk).status == Status.NEW


def test_an_empty_answer_shows_a_message_and_changes_nothing(client, moderator, make_item):
    item = make_item()
    client.force_login(moderator)
    response = client.post(_edit_url(item), {"action": "answer", "answer": ""})
    assert response.status_code == 400
    assert "Nội dung trả lời không được để trống." in response.content.decode()
    assert Feedback.objects.get(pk=item.pk).status == Status.NEW


def test_a_unit_that_may_only_answer_sees_no_publish_button(client, answerer, make_item):
    item = make_item()
    client.force_login(answerer)
    client.post(_edit_url(item), {"action": "answer", "answer": "Trả lời của đơn vị."})
    page = client.get(_edit_url(item)).content.decode()
    assert "Công khai trên trang Hỏi đáp" not in page
    client.post(_edit_url(item), {"action": "publish"})
    assert Feedback.objects.get(pk=item.pk).status == Status.ANSWERED


def test_the_add_screen_sends_staff_back_to_the_list(client, province_admin):
    client.force_login(province_admin)
    response = client.get("/quan-tri/gop-y/new/")
    assert response.status_code == 302
    assert response["Location"] == LIST_URL


def test_content_is_escaped_on_the_moderation_screen(client, moderator, make_item):
    item = make_item(content="<script>alert(1)</script>")
    client.force_login(moderator)
    html = client.get(_edit_url(item)).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_spam_can_be_filed_and_restored_from_the_item_screen(client, moderator, make_item):
    item = make_item()
    client.force_login(moderator)
    client.post(_edit_url(item), {"action": "spam"})
    assert Feedback.objects.get(pk=item.pk).status == Status.SPAM
    assert "Khôi phục (không phải rác)" in client.get(_edit_url(item)).content.decode()
    client.post(_edit_url(item), {"action": "restore"})
    assert Feedback.objects.get(pk=item.pk).status == Status.NEW
