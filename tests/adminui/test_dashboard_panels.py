from __future__ import annotations

from django.contrib.auth import get_user_model

from tiendo.core.models import Result
from tiendo.core.models.choices import ReviewState


def _result_of(unit, state: str, comment: str = "") -> Result:
    result = Result.objects.filter(org_unit=unit).first()
    result.review_state = state
    result.review_comment = comment
    result.save()
    return result


def test_approver_sees_on_the_dashboard_what_waits_for_approval(client, demo):
    approver = get_user_model().objects.get(username="pheduyet")
    waiting = _result_of(demo.district, ReviewState.SUBMITTED)
    client.force_login(approver)
    page = client.get("/quan-tri/").content.decode()
    assert "Số liệu chờ phê duyệt" in page
    assert str(waiting) in page
    assert f'href="/quan-tri/so-lieu/duyet/?trang_thai={ReviewState.SUBMITTED}"' in page


def test_reporter_sees_what_was_returned_with_the_reason_and_what_is_due(client, demo):
    reporter = get_user_model().objects.get(username="nhaplieu")
    returned = _result_of(demo.district, ReviewState.RETURNED, "Số liệu chưa khớp báo cáo quý")
    client.force_login(reporter)
    page = client.get("/quan-tri/").content.decode()
    assert "Số liệu bị trả lại, cần sửa" in page
    assert str(returned) in page and "Số liệu chưa khớp báo cáo quý" in page
    assert 'href="/quan-tri/so-lieu/nhap/"' in page
    assert 'href="/quan-tri/so-lieu/han-nop/"' in page
    assert "Số liệu chờ phê duyệt" not in page


def test_leader_sees_targets_behind_schedule_with_the_reason(client, demo):
    from tiendo.adminui.panels import behind_items

    approver = get_user_model().objects.get(username="pheduyet")
    items = behind_items(approver)
    client.force_login(approver)
    html = client.get("/quan-tri/").content.decode()
    assert "Chỉ tiêu chậm tiến độ" in html
    for item in items:
        assert item.note and "/chi-tieu/" in item.url
        assert item.text.split(" (")[0] in html


def test_reporter_sees_the_targets_still_due_for_the_nearest_deadline(demo):
    import datetime as dt

    from tiendo.adminui.panels import due_items

    reporter = get_user_model().objects.get(username="nhaplieu")
    label, items = due_items(reporter, dt.date(2022, 10, 5))
    assert label == "tháng 10 năm 2022 (hạn 20/10/2022)"
    assert items and all("?ky=2022-M10" in item.url for item in items)
    assert all("Chưa đến hạn" in item.note for item in items)


def test_editor_sees_drafts_and_whoever_answers_sees_feedback_waiting(client, demo):
    from wagtail.models import Page

    from tiendo.feedback.services import submit_feedback

    news = Page.objects.get(slug="tin-tuc")
    draft = news.specific.get_children().first().specific
    draft.title = "Bản nháp chưa xuất bản"
    draft.save_revision()
    item = submit_feedback(name="Lê Văn An", title="Hỏi về đường liên xã", content="Khi nào sửa?",
                           email="an@example.vn", consented=True)  # fmt: skip
    client.force_login(get_user_model().objects.get(username="bientap"))
    html = client.get("/quan-tri/").content.decode()
    assert "Trang đang là bản nháp" in html and f"/quan-tri/pages/{draft.pk}/edit/" in html
    client.force_login(get_user_model().objects.get(username="kiemduyet"))
    html = client.get("/quan-tri/").content.decode()
    assert "Góp ý chờ trả lời" in html and f"{item.reference}: Hỏi về đường liên xã" in html
    assert "Trang đang là bản nháp" not in html
