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
