"""The log reads as the office speaks: Vietnamese numbers, and review steps by name."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tiendo.audit.models import AuditEntry
from tiendo.core.services import (
    approve_result,
    reopen_result,
    return_result,
    save_result,
    submit_results,
)
from tiendo.periods import Period


def test_audit_values_are_written_the_vietnamese_way(client, admin_user, result, clerk):
    saved = save_result(
        target=result.target, org_unit=result.org_unit, period=Period(2022, 1, 3),
        kind="actual", value=1650.0, user=clerk,
    )  # fmt: skip
    save_result(
        target=saved.target, org_unit=saved.org_unit, period=Period(2022, 1, 3),
        kind="actual", value=455.6, user=clerk,
    )  # fmt: skip
    entry = AuditEntry.objects.filter(model="core.result").order_by("-at", "-id").first()
    assert entry.object_repr.endswith(": 455,6")
    assert "1.650 → 455,6" in entry.changes_table()
    client.force_login(admin_user)
    html = client.get(reverse("audit_entries:inspect", args=[entry.pk])).content.decode()
    assert "<td>1.650</td><td>455,6</td>" in html
    assert "455.6" not in html and "1650.0" not in html


@pytest.fixture
def reviewed(result, clerk, admin_user):
    """Sent, approved, reopened, sent again and returned: each step once in the log."""
    submit_results([result], clerk)
    approve_result(result, admin_user)
    reopen_result(result, admin_user, "Sai số liệu")
    submit_results([result], clerk)
    return_result(result, admin_user, "Thiếu nguồn")
    return result


def test_submitting_and_approving_are_described_distinctly(reviewed):
    entries = AuditEntry.objects.filter(model="core.result", object_id=str(reviewed.pk))
    steps = [entry.description() for entry in entries.order_by("at", "id")]
    assert steps == ["Tạo mới", "Gửi duyệt", "Duyệt", "Mở lại", "Gửi duyệt", "Trả lại"]
    approved = entries.order_by("at", "id")[2]
    assert "trạng thái duyệt: Đã gửi → Đã duyệt" in approved.changes_table()


def test_the_log_lists_the_review_steps_by_name(client, admin_user, reviewed):
    client.force_login(admin_user)
    html = client.get(reverse("audit_entries:index")).content.decode()
    for step in ("Gửi duyệt", "Duyệt", "Trả lại", "Mở lại"):
        assert step in html
