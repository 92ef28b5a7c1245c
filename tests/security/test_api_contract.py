"""The API keeps its OpenAPI contract: schemathesis calls every operation of the demo.

Each operation gets a bounded number of generated requests (valid and invalid),
reads anonymously and writes with a reporter's token; every response must be
one the document lists, with the body and content type it describes, and
never a server error.
"""

from __future__ import annotations

import json
import os

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck, settings

from tiendo.api.api import api

# Bounded so that the suite stays fast; set TIENDO_API_EXAMPLES=500 for a deeper run.
EXAMPLES_PER_OPERATION = int(os.environ.get("TIENDO_API_EXAMPLES", "25"))

# The document as /api/openapi.json serves it (the same function builds both), loaded
# without a request so that collecting the tests needs no database.
schema = schemathesis.openapi.from_dict(json.loads(json.dumps(api.get_openapi_schema())))
schema.app = get_wsgi_application()


@pytest.fixture(autouse=True)
def one_connection_per_test():
    """Requests reach Django's WSGI handler, which closes the database connection after
    each one; on PostgreSQL that would end the test's transaction. The test client
    leaves the connection open in the same way."""
    from django.core import signals
    from django.db import close_old_connections

    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def bearer(demo, django_user_model) -> dict[str, str]:
    """A reporter of the demo's district with a token, as a unit's software would write."""
    from django.contrib.auth.models import Permission

    from tiendo.accounts.models import StaffProfile
    from tiendo.api.tokens import issue_token
    from tiendo.core.models import OrgUnit

    user = django_user_model.objects.create_user(username="phan.mem.huyen", password="x-x-x-x-x")
    user.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label="core", codename__in=["add_result", "add_document"]
        )
    )
    district = OrgUnit.objects.filter(kind="district").first()
    StaffProfile.objects.update_or_create(user=user, defaults={"org_unit": district})
    _, secret = issue_token(user, name="kiểm thử hợp đồng API")
    return {"Authorization": f"Bearer {secret}"}


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
@pytest.mark.django_db(transaction=False)
def test_every_operation_answers_as_its_openapi_description_says(case, demo, bearer) -> None:
    case.call_and_validate(headers=bearer)
