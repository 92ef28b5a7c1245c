"""The suite's replayed demo (tests/demo_replay.py) leaves the database as loading the
demo does, and loads for real wherever the database is not as it was. (The tests of
when it loads use the core demo: the same mechanism, a third of the time.)"""

from __future__ import annotations

import pytest
from django.db import transaction

from tests import demo_replay
from tiendo.core.demo.loader import load_core_demo, load_demo

pytestmark = pytest.mark.django_db


def everything() -> list[dict]:
    return [table.rows() for table in demo_replay.tables()]


@pytest.mark.parametrize("loader", [load_demo, load_core_demo], ids=["demo", "core demo"])
def test_a_replayed_demo_leaves_every_table_as_loading_it_did(loader):
    replay = demo_replay.DemoReplay(loader)
    savepoint = transaction.savepoint()
    loaded = replay.load()
    after_loading, counters_after_loading = everything(), demo_replay.id_counters()
    transaction.savepoint_rollback(savepoint)

    replayed = replay.load()

    assert (replay.loads, replay.replays) == (1, 1)
    assert everything() == after_loading
    assert demo_replay.id_counters() == counters_after_loading
    assert demo_replay.describe(replayed) == demo_replay.describe(loaded)
    assert replayed.targets["1"].resolution == replayed.resolution
    assert replayed.results[0].source_document == replayed.article


def test_the_replayed_demo_serves_its_portal_and_its_search(client):
    replay = demo_replay.DemoReplay(load_demo)
    savepoint = transaction.savepoint()
    replay.load()
    transaction.savepoint_rollback(savepoint)
    replay.load()

    assert replay.replays == 1
    assert "Cổng thông tin điện tử huyện Bảo Thắng" in client.get("/").content.decode()
    assert "15-NQ/HU" in client.get("/tim-kiem/?q=bao+thang").content.decode()


def test_a_database_that_differs_from_the_one_met_first_gets_a_real_load(django_user_model):
    replay = demo_replay.DemoReplay(load_core_demo)
    savepoint = transaction.savepoint()
    replay.load()
    transaction.savepoint_rollback(savepoint)
    django_user_model.objects.create_user("them.truoc")

    replay.load()

    assert (replay.loads, replay.replays) == (2, 0)


def test_a_row_in_the_place_of_one_the_load_looked_up_gets_a_real_load(province):
    from tiendo.core.models import OrgUnit

    replay = demo_replay.DemoReplay(load_core_demo)
    savepoint = transaction.savepoint()
    replay.load()  # finds the province the fixture made, and updates it
    transaction.savepoint_rollback(savepoint)
    OrgUnit.objects.filter(pk=province.pk).update(slug="xa-khac", name="Xã Khác")

    demo = replay.load()

    assert (replay.loads, replay.replays) == (2, 0)
    assert demo.province.slug == "lao-cai"


def test_with_settings_changed_by_the_test_the_demo_is_loaded_and_not_kept(settings):
    replay = demo_replay.DemoReplay(load_core_demo)
    settings.TIME_ZONE = "UTC"
    savepoint = transaction.savepoint()
    replay.load()
    transaction.savepoint_rollback(savepoint)
    replay.load()

    assert (replay.loads, replay.replays, replay.captures) == (2, 0, {})
