"""What the OpenAPI document says is what the server does: periods, dates and statuses."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from tests.api.conftest import RESOLUTION_SLUG
from tiendo.core.models import Document
from tiendo.periods import Period

HTTP_METHODS = {"get", "post"}


@pytest.fixture
def openapi(db) -> dict:
    return Client().get("/api/openapi.json").json()


def _parameter(openapi: dict, path: str, name: str) -> dict:
    parameters = openapi["paths"][path]["get"]["parameters"]
    schema = next(p["schema"] for p in parameters if p["name"] == name)
    return next(option for option in schema.get("anyOf", [schema]) if option["type"] == "string")


@pytest.mark.parametrize(
    "path", ["/api/resolutions/{slug}/progress", "/api/targets/{target_id}/results"]
)
def test_the_period_parameter_is_described_by_the_pattern_the_server_applies(openapi, path):
    pattern = re.compile(_parameter(openapi, path, "period")["pattern"])
    for code in ("2022", "2022-Q1", "2022-H2", "2022-9M", "2022-M10"):
        assert pattern.match(code) and Period.parse(code)
    for code in ("2022-Q5", "Q1-2022", "quý I", "22", "2022-M13"):
        assert not pattern.match(code)


@pytest.mark.parametrize("period", ["2022-Q5", "quý I", "2022-M13"])
def test_a_period_outside_the_pattern_gets_the_documented_422_with_a_hint(core_demo, period):
    response = Client().get(f"/api/resolutions/{RESOLUTION_SLUG}/progress", {"period": period})
    assert response.status_code == 422
    assert "2022-Q1" in response.json()["message"]


@pytest.mark.parametrize("issued_on", [0, 1656979200, "1656979200", "05/07/2022", True])
def test_a_date_written_as_a_number_or_in_another_form_is_refused_not_stored_as_1970(
    reporter_client, core_demo, issued_on
):
    body = {"title": "Báo cáo (minh họa)", "text": "Nội dung.", "issued_on": issued_on}
    response = reporter_client.post("/api/documents", body, content_type="application/json")
    assert response.status_code == 422
    assert "issued_on (ngày ghi dạng 2022-07-05)" in response.json()["message"]
    assert not Document.objects.filter(title="Báo cáo (minh họa)").exists()


def test_dates_are_described_as_dates(openapi):
    issued_on = openapi["components"]["schemas"]["DocumentIn"]["properties"]["issued_on"]
    assert {"type": "string", "format": "date"} in issued_on["anyOf"]


def test_every_operation_that_takes_input_lists_the_422_it_can_answer(openapi):
    for path, item in openapi["paths"].items():
        for method, operation in item.items():
            if method in HTTP_METHODS and (
                operation.get("parameters") or "requestBody" in operation
            ):
                assert "422" in operation["responses"], f"{method} {path}"


@pytest.mark.parametrize(
    "url",
    [
        "/api/targets/0/results",
        "/api/targets/99999999999999999999/results",
        "/api/resolutions/nghị-quyết/targets",
        "/api/targets/1/results?unit=a%00b",
    ],
)
def test_out_of_range_ids_odd_slugs_and_nul_characters_get_422_not_a_server_error(core_demo, url):
    assert Client().get(url).status_code == 422
