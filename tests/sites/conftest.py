"""Fixtures of the many-sites tests: the illustrative province and its communes as
`tiendo demo` makes them, and staff who hold a role on one commune's site only."""

from __future__ import annotations

import pytest

# The form's complete submission, and the cache emptied around each test (autouse).
from tests.feedback.conftest import empty_cache, valid_post  # noqa: F401


@pytest.fixture
def communes(db):
    """The province and communes A, B, C with their sites (no district demo)."""
    from tiendo.sites import demo as sites_demo

    return sites_demo.load()


@pytest.fixture
def site_staff(communes, django_user_model):
    """site_staff("moderator", "A"): a staff member in that role on commune A's site."""
    from tiendo.sites.services import site_groups

    def make(role: str, letter: str):
        user = django_user_model.objects.create_user(
            username=f"{role}-{letter.lower()}", password="mat-khau-thu-nghiem", is_staff=True
        )
        user.groups.add(site_groups(communes.sites[letter])[role])
        return user

    return make
