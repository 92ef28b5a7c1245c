from __future__ import annotations

import pytest
from django.test import Client

from tests.api.conftest import attach_unit, grant, token_client
from tiendo.core.models import Document, Result


def _result_body(core_demo, **changes):
    body = {
        "target": core_demo.targets["2"].pk,
        "period": "2022-H1",
        "kind": "estimate",
        "value": 1890.5,
        "note": "Số liệu 6 tháng (minh họa)",
    }
    body.update(changes)
    return body


def _post(client: Client, path: str, body: dict):
    return client.post(path, data=body, content_type="application/json")


def test_writing_a_result_without_a_token_is_refused_with_401(core_demo):
    response = _post(Client(), "/api/results", _result_body(core_demo))
    assert response.status_code == 401
    assert response.json()["message"].startswith("Cần khóa truy cập")
    assert "Bearer" in response["WWW-Authenticate"]


def test_a_wrong_token_is_refused_with_401(core_demo):
    client = Client(HTTP_AUTHORIZATION="Bearer td_khong-phai-khoa-that")
    assert _post(client, "/api/results", _result_body(core_demo)).status_code == 401


def test_reporter_writes_a_draft_result_for_their_unit(
    reporter_client, core_demo, district_reporter
):
    response = _post(reporter_client, "/api/results", _result_body(core_demo))
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["org_unit"]["slug"] == core_demo.district.slug
    assert body["review_state"] == "draft"
    saved = Result.objects.get(pk=body["id"])
    assert (saved.value, saved.period.code(), saved.entered_by) == (
        1890.5,
        "2022-H1",
        district_reporter,
    )


def test_user_without_the_permission_gets_403(core_demo, django_user_model):
    user = django_user_model.objects.create_user(username="nguoi.xem", password="x-x-x-x-x")
    attach_unit(user, core_demo.district)
    response = _post(token_client(user), "/api/results", _result_body(core_demo))
    assert response.status_code == 403
    assert response.json()["detail"] == "Missing core.add_result."


def test_reporter_cannot_write_for_another_unit(core_demo, commune_reporter):
    grant(commune_reporter, "core.add_result")
    body = _result_body(core_demo, org_unit=core_demo.district.slug)
    response = _post(token_client(commune_reporter), "/api/results", body)
    assert response.status_code == 403
    assert "đơn vị của mình" in response.json()["message"]


def test_reporter_without_a_unit_gets_403(core_demo, django_user_model):
    user = django_user_model.objects.create_user(username="chua.gan", password="x-x-x-x-x")
    grant(user, "core.add_result")
    response = _post(token_client(user), "/api/results", _result_body(core_demo))
    assert response.status_code == 403


def test_an_approved_result_is_locked_with_409(reporter_client, core_demo):
    body = _result_body(core_demo, target=core_demo.targets["1"].pk, period="2022-Q1", value=1.0)
    response = _post(reporter_client, "/api/results", body)
    assert response.status_code == 409
    assert "đã được duyệt" in response.json()["message"]
    assert Result.objects.get(pk=core_demo.results[0].pk).value == 220.0


@pytest.mark.parametrize(
    ("changes", "status"),
    [
        ({"period": "2022-Q9"}, 422),
        ({"target": 999_999}, 404),
        ({"kind": "guess"}, 422),
        ({"value": "nhiều"}, 422),
        ({"org_unit": "khong-co"}, 404),
        ({"unit": "ha"}, 400),
    ],
)
def test_bad_result_writes_get_json_errors(reporter_client, core_demo, changes, status):
    response = _post(reporter_client, "/api/results", _result_body(core_demo, **changes))
    assert response.status_code == status
    body = response.json()
    assert body["status"] == status
    assert body["message"] and body["detail"]


def test_reporter_uploads_a_document_with_its_text(reporter_client, core_demo):
    text = "Quý II năm 2022, giá trị sản xuất thương mại - dịch vụ ước đạt 1.890 tỷ đồng."
    response = _post(
        reporter_client,
        "/api/documents",
        {"title": "Báo cáo quý II (minh họa)", "kind": "report", "text": text},
    )
    assert response.status_code == 201, response.content
    document = Document.objects.get(slug=response.json()["slug"])
    assert document.text == text
    assert document.issuer == core_demo.district
    assert document.is_public is False


def test_a_document_keeps_its_number_type_and_date(reporter_client, core_demo):
    body = {
        "title": "Báo cáo kết quả quý II (minh họa)",
        "kind": "report",
        "text": "Nội dung báo cáo.",
        "number": "21-BC/HU",
        "doc_type": "Báo cáo",
        "issued_on": "2022-07-05",
    }
    response = _post(reporter_client, "/api/documents", body)
    assert response.status_code == 201, response.content
    document = Document.objects.get(slug=response.json()["slug"])
    assert (document.number, document.doc_type) == ("21-BC/HU", "Báo cáo")
    assert document.issued_on.strftime("%d/%m/%Y") == "05/07/2022"


def test_reporter_may_not_publish_a_document(reporter_client, core_demo):
    body = {"title": "Tin (minh họa)", "kind": "news", "text": "Nội dung.", "is_public": True}
    assert _post(reporter_client, "/api/documents", body).status_code == 403


def test_document_without_text_is_refused_with_422(reporter_client, core_demo):
    response = _post(reporter_client, "/api/documents", {"title": "Trống", "text": ""})
    assert response.status_code == 422
    assert response.json()["message"] == "Dữ liệu gửi lên không hợp lệ: text."


def test_token_writes_need_no_csrf_cookie(core_demo, district_reporter):
    from tiendo.api.tokens import issue_token

    _, secret = issue_token(district_reporter)
    client = Client(enforce_csrf_checks=True, HTTP_AUTHORIZATION=f"Bearer {secret}")
    assert _post(client, "/api/results", _result_body(core_demo)).status_code == 201


def test_a_value_sent_in_millions_is_saved_in_the_targets_billions(reporter_client, core_demo):
    body = _result_body(core_demo, value=1_890_500, unit="triệu đồng")
    response = _post(reporter_client, "/api/results", body)
    assert response.status_code == 201, response.content
    assert Result.objects.get(pk=response.json()["id"]).value == 1890.5


def test_the_api_asks_to_confirm_a_value_that_jumps_from_the_previous_quarter(
    reporter_client, core_demo
):
    # The seed: 80 admissions to the Party in quý I, then 1.650 in quý II.
    body = _result_body(core_demo, target=core_demo.targets["4"].pk, period="2022-Q2", value=1650)
    refused = _post(reporter_client, "/api/results", body)
    assert refused.status_code == 422
    assert "Chênh lệch lớn so với kỳ trước (80 → 1.650" in refused.json()["message"]
    assert not Result.objects.filter(period_from_month=4).exists()
    confirmed = _post(reporter_client, "/api/results", {**body, "confirm_unusual": True})
    assert confirmed.status_code == 201, confirmed.content


def test_the_api_asks_to_confirm_a_cumulative_value_that_falls(reporter_client, core_demo):
    response = _post(reporter_client, "/api/results", _result_body(core_demo, value=900))
    assert response.status_code == 422
    assert "Số lũy kế giảm" in response.json()["message"]
