"""Every admin screen each of the five roles reaches, walked from the dashboard: none
shows a message of Wagtail's or Django's English catalogues untranslated, and none
links outside the closed network. The count per screen is printed (pytest -s)."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction

from tiendo.adminui.crawl.session import signed_in_client
from tiendo.adminui.crawl.walk import Walk, walk_admin

# pytest-django sets up only the databases that some collected test asks for; the walk
# reaches the database from a module fixture, so without this mark the file run on its
# own found no tables.
pytestmark = pytest.mark.django_db

# The demo's staff, one per role; the administrator is made here.
ROLE_USERS = {
    "admin": "quantri",
    "editor": "bientap",
    "reporter": "nhaplieu",
    "approver": "pheduyet",
    "moderator": "kiemduyet",
}


def _restore_what_migrations_seed() -> None:
    """A transactional test run before on this worker empties every table, including
    Wagtail's root page, root collection and locale and the role groups that
    migrations create."""
    from wagtail.models import Collection, Locale, Page

    from tiendo.accounts.role_sync import sync_roles

    Locale.objects.get_or_create(language_code="vi")
    if Page.get_first_root_node() is None:
        Page.add_root(title="Root", slug="root")
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    sync_roles()


@pytest.fixture(scope="module")
def walks(django_db_setup, django_db_blocker) -> dict[str, Walk]:
    """One walk per role over the demo, rolled back afterwards: the walk is the slow
    part, so the tests below share it."""
    from tiendo.accounts.services import assign_staff_role
    from tiendo.core.demo import load_demo

    found: dict[str, Walk] = {}
    with django_db_blocker.unblock(), transaction.atomic():
        _restore_what_migrations_seed()
        load_demo()
        administrator = get_user_model().objects.create_user(
            "quantri", is_staff=True, is_superuser=True
        )
        assign_staff_role(administrator, "admin")
        for role, username in ROLE_USERS.items():
            user = get_user_model().objects.get(username=username)
            found[role] = walk_admin(signed_in_client(user))
            print(found[role].report(role))
        transaction.set_rollback(True)
    return found


@pytest.mark.parametrize("role", list(ROLE_USERS))
def test_no_admin_screen_a_role_reaches_shows_english(walks, role):
    walk = walks[role]
    assert walk.screens["/quan-tri/"].status == 200
    assert len(walk.screens) > 1, "the walk followed no link from the dashboard"
    assert walk.total == 0, walk.report(role)


@pytest.mark.parametrize("role", list(ROLE_USERS))
def test_no_admin_screen_a_role_reaches_links_outside_the_network(walks, role):
    assert walks[role].outside_links == {}


def test_the_administrator_walks_every_part_of_the_admin(walks):
    screens = set(walks["admin"].screens)
    for part in (
        "/quan-tri/pages/<id>/edit/",
        "/quan-tri/images/",
        "/quan-tri/documents/",
        "/quan-tri/users/",
        "/quan-tri/groups/",
        "/quan-tri/workflows/list/",
        "/quan-tri/reports/locked/",
        "/quan-tri/account/",
        "/quan-tri/huong-dan/",
    ):
        assert part in screens
