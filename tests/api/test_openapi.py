"""The OpenAPI description: valid by the specification's own schema, and complete."""

from __future__ import annotations

import pytest
from django.test import Client

HTTP_METHODS = {"get", "put", "post", "delete", "patch", "options", "head", "trace"}


@pytest.fixture
def document(db) -> dict:
    response = Client().get("/api/openapi.json")
    assert response.status_code == 200
    return response.json()


def test_openapi_document_is_valid_by_the_specification(document):
    from openapi_spec_validator import validate

    validate(document)  # raises on any violation of the OpenAPI 3.1 schema


def test_openapi_document_declares_version_3_and_its_info(document):
    assert document["openapi"].startswith("3.")
    assert document["info"]["title"]
    assert document["info"]["version"]


@pytest.mark.parametrize(
    ("path", "method"),
    [
        ("/api/resolutions", "get"),
        ("/api/resolutions/{slug}", "get"),
        ("/api/resolutions/{slug}/targets", "get"),
        ("/api/resolutions/{slug}/progress", "get"),
        ("/api/resolutions/{slug}/targets.csv", "get"),
        ("/api/targets/{target_id}/results", "get"),
        ("/api/results", "post"),
        ("/api/documents", "post"),
    ],
)
def test_every_endpoint_is_described(document, path, method):
    assert method in document["paths"][path]


def test_every_operation_has_responses_and_an_operation_id(document):
    seen_ids = set()
    for path, item in document["paths"].items():
        assert path.startswith("/")
        for method, operation in item.items():
            if method not in HTTP_METHODS:
                continue
            assert operation["responses"], f"{method} {path} has no responses"
            assert all(str(code).isdigit() for code in operation["responses"])
            seen_ids.add(operation["operationId"])
    assert len(seen_ids) == sum(
        1 for item in document["paths"].values() for m in item if m in HTTP_METHODS
    )


def test_every_schema_reference_resolves(document):
    schemas = document["components"]["schemas"]

    def references(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "$ref":
                    yield value
                else:
                    yield from references(value)
        elif isinstance(node, list):
            for item in node:
                yield from references(item)

    found = list(references(document))
    assert found
    for ref in found:
        assert ref.startswith("#/components/schemas/")
        assert ref.rsplit("/", 1)[-1] in schemas


def test_writes_declare_the_bearer_scheme_and_reads_do_not(document):
    schemes = document["components"]["securitySchemes"]
    assert any(s["type"] == "http" and s["scheme"] == "bearer" for s in schemes.values())
    assert document["paths"]["/api/results"]["post"]["security"]
    assert "security" not in document["paths"]["/api/resolutions"]["get"]


def test_errors_are_described_with_the_error_schema(document):
    responses = document["paths"]["/api/results"]["post"]["responses"]
    for status in ("401", "403", "422"):
        schema = responses[status]["content"]["application/json"]["schema"]
        assert schema["$ref"].endswith("/ErrorOut")
