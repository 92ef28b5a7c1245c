"""The mail tests reuse the workspace's commune, targets and approver and the feedback
tests' items, and give every persona an address."""

from __future__ import annotations

import pytest

from tests.feedback.conftest import make_item, make_published, moderator  # noqa: F401
from tests.workspace.conftest import (  # noqa: F401
    approver,
    commune,
    commune_targets,
    district,
    resolution,
)


@pytest.fixture(autouse=True)
def locmem_mail(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.WAGTAILADMIN_BASE_URL = "https://cong.example.vn"


@pytest.fixture
def reporter_with_address(commune_reporter):
    commune_reporter.email = "canbo.xa@example.vn"
    commune_reporter.save()
    return commune_reporter


@pytest.fixture
def approver_with_address(approver):  # noqa: F811 - the workspace's approver
    approver.email = "lanhdao@example.vn"
    approver.save()
    return approver
