"""The audit through the admin: snippet edits are attributed, the log is listed."""

from __future__ import annotations

from django.urls import reverse

from tiendo.audit.models import AuditEntry
from tiendo.core.models import Result


def _result_form(result, **changes):
    data = {
        "target": result.target_id,
        "org_unit": result.org_unit_id,
        "period_year": result.period_year,
        "period_from_month": result.period_from_month,
        "period_to_month": result.period_to_month,
        "kind": result.kind,
        "value": result.value,
        "comparisons": "[]",
        "source_document": "",
        "source_start": "",
        "source_end": "",
        "source_text": "",
        "review_state": result.review_state,
        "review_comment": "",
        "note": "",
    }
    data.update(changes)
    return data


def test_a_snippet_edit_in_the_admin_is_attributed_to_the_signed_in_user(
    audited_requests, client, admin_user, result
):
    client.force_login(admin_user)
    url = reverse("wagtailsnippets_core_result:edit", args=[result.pk])
    response = client.post(url, _result_form(result, value="6.5"))
    assert response.status_code == 302, response.context["form"].errors
    result.refresh_from_db()
    assert result.value == 6.5
    entry = AuditEntry.objects.filter(model="core.result", action="update").get()
    assert entry.user == admin_user
    assert (entry.before["value"], entry.after["value"]) == (4.5, 6.5)


def test_the_log_lists_changes_filtered_by_model_and_user(
    client, admin_user, result, clerk, django_assert_max_num_queries
):
    from tiendo.audit.context import acting_as

    with acting_as(clerk):
        for value in range(30):
            result.value = float(value)
            result.save()
    client.force_login(admin_user)
    url = reverse("audit_entries:index")
    with django_assert_max_num_queries(40):
        response = client.get(url, {"model": "core.result", "user": clerk.pk})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Nhật ký thay đổi" in html
    listed = list(response.context["object_list"])
    assert len(listed) == 30
    assert all(entry.user_id == clerk.pk for entry in listed)


def test_the_log_is_read_only(client, admin_user, result):
    client.force_login(admin_user)
    entry = AuditEntry.objects.first()
    inspect = client.get(reverse("audit_entries:inspect", args=[entry.pk]))
    assert inspect.status_code == 200
    html = inspect.content.decode()
    assert "Trước → sau" in html
    assert "<th>Trước</th><th>Sau</th>" in html
    assert "<td>4,5</td>" in html
    edit = client.get(reverse("audit_entries:edit", args=[entry.pk]))
    assert edit.status_code in (302, 403)
    assert client.post(reverse("audit_entries:delete", args=[entry.pk])).status_code in (302, 403)
    assert AuditEntry.objects.filter(pk=entry.pk).exists()
    assert Result.objects.count() == 1


def test_the_request_user_is_forgotten_after_the_request(
    audited_requests, client, admin_user, result
):
    from tiendo.audit.context import current_user

    client.force_login(admin_user)
    client.get(reverse("audit_entries:index"))
    assert current_user() is None
