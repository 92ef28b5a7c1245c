"""Personas and data shared by the whole suite.

- `province_admin`: a staff member of the province office with every permission.
- `commune`, `commune_reporter`: a commune and the clerk who reports its figures.
- `citizen`: an anonymous visitor of the portal.
- `demo`: the Bảo Thắng demo as `tiendo demo` loads it (loaded once per worker and
  replayed after: tests/demo_replay.py).

`client.force_login(user)` skips the password, and for staff whose role requires a
second factor it also skips the code step (a device is enrolled and the session
verified); `client.force_login(user, verified=False)` leaves the code step to do.
"""

from __future__ import annotations

import pytest
from django.test import Client

SHARED_DIR = __import__("pathlib").Path(__file__).resolve().parents[2] / "shared"

# What reaches the database: a test with one of these fixtures (directly or through a
# persona), the django_db mark, or one of our fixtures that unblocks the database itself
# (module-scoped data). The rest (parsers, the progress engine, commands run
# in a subprocess on their own SQLite folder) behaves the same on any database.
_DATABASE_FIXTURES = frozenset(
    {
        "db",
        "transactional_db",
        "django_db_reset_sequences",
        "django_db_serialized_rollback",
        "live_server",
    }
)


def pytest_addoption(parser):
    parser.addoption(
        "--database-tests-only",
        action="store_true",
        help="run only the tests that reach the database (the second, PostgreSQL run)",
    )


def _unblocks_the_database(item) -> bool:
    fixture_info = getattr(item, "_fixtureinfo", None)
    if fixture_info is None:
        return False
    return any(
        "django_db_blocker" in definition.argnames
        and definition.func.__module__.startswith("tests")
        for definitions in fixture_info.name2fixturedefs.values()
        for definition in definitions
    )


def pytest_collection_modifyitems(config, items):
    if not config.getoption("--database-tests-only"):
        return
    kept, skipped = [], []
    for item in items:
        reaches_database = (
            item.get_closest_marker("django_db")
            or _DATABASE_FIXTURES.intersection(getattr(item, "fixturenames", ()))
            or _unblocks_the_database(item)
        )
        (kept if reaches_database else skipped).append(item)
    if skipped:
        config.hook.pytest_deselected(items=skipped)
        items[:] = kept


@pytest.fixture(autouse=True)
def _force_login_passes_the_second_factor(monkeypatch):
    original = Client.force_login

    def force_login(self, user, backend=None, verified=True):
        original(self, user, backend)
        from django_otp import DEVICE_ID_SESSION_KEY
        from django_otp.plugins.otp_totp.models import TOTPDevice

        from tiendo.accounts import two_factor

        if not verified or not (
            two_factor.must_use_second_factor(user) or two_factor.confirmed_device(user)
        ):
            return
        device = two_factor.confirmed_device(user) or TOTPDevice.objects.create(
            user=user, name="Thiết bị kiểm thử", confirmed=True
        )
        session = self.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()

    monkeypatch.setattr(Client, "force_login", force_login)


@pytest.fixture
def demo(db):
    from tests import demo_replay

    return demo_replay.demo.load()


@pytest.fixture
def province(db):
    from tiendo.core.models import OrgUnit

    return OrgUnit.objects.get_or_create(
        slug="lao-cai", defaults={"name": "Tỉnh Lào Cai", "kind": OrgUnit.Kind.PROVINCE}
    )[0]


@pytest.fixture
def commune(province):
    from tiendo.core.models import OrgUnit

    return OrgUnit.objects.get_or_create(
        slug="xa-xuan-quang",
        defaults={"name": "Xã Xuân Quang", "kind": OrgUnit.Kind.COMMUNE, "parent": province},
    )[0]


@pytest.fixture
def province_admin(db, django_user_model):
    return django_user_model.objects.create_user(
        username="vanphong.tinh",
        password="mat-khau-thu-nghiem",
        first_name="Văn phòng",
        last_name="Tỉnh ủy",
        is_staff=True,
        is_superuser=True,
    )


@pytest.fixture
def commune_reporter(db, django_user_model, commune):
    """A commune clerk: staff, with only the reporter role, attached to the commune."""
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(
        username="canbo.xa", password="mat-khau-thu-nghiem", is_staff=True
    )
    reporter_group = Group.objects.filter(name="Cán bộ nhập số liệu").first()
    if reporter_group is not None:
        user.groups.add(reporter_group)
    try:
        from tiendo.accounts.models import StaffProfile
    except ImportError:
        return user
    StaffProfile.objects.update_or_create(user=user, defaults={"org_unit": commune})
    return user


@pytest.fixture
def citizen() -> Client:
    return Client()


@pytest.fixture
def shared_dir():
    if not SHARED_DIR.is_dir():
        pytest.skip("../shared is not beside the repository")
    return SHARED_DIR


@pytest.fixture(autouse=True)
def _forget_the_site_memo():
    """The portal keeps Wagtail's site per cache generation in process memory; a rolled
    back test leaves the same generation number with other page ids (PostgreSQL does not
    reuse them), so each test starts with the memo empty."""
    from tiendo.portal import site_memo

    site_memo._memo = (0, {})
    yield
