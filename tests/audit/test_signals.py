"""Every change to targets, results and baselines is logged, whatever made it."""

from __future__ import annotations

from tiendo.audit.context import acting_as, current_user
from tiendo.audit.models import AuditEntry
from tiendo.core.models import Baseline
from tiendo.core.services import save_result
from tiendo.periods import Period


def _entries(model, pk):
    return AuditEntry.objects.filter(model=model, object_id=str(pk)).order_by("at", "id")


def test_creating_a_result_records_its_values_after(result):
    (entry,) = _entries("core.result", result.pk)
    assert entry.action == "create"
    assert entry.before is None
    assert entry.after["value"] == 4.5
    assert entry.user is None


def test_editing_a_result_through_the_service_records_who_and_before_and_after(
    result, target, unit, clerk
):
    save_result(
        target=target, org_unit=unit, period=Period(2022, 1, 3), kind="actual", value=5.0,
        user=clerk, note="Sửa theo báo cáo tháng 3",
    )  # fmt: skip
    entry = _entries("core.result", result.pk).last()
    assert entry.action == "update"
    assert entry.user == clerk
    assert entry.user_name == "van.thu"
    assert entry.before["value"] == 4.5
    assert entry.after["value"] == 5.0
    assert {"value", "note", "entered_by"} <= set(entry.changed_fields)
    assert ("value", 4.5, 5.0) in entry.changes


def test_saving_without_a_change_records_nothing(result):
    result.save()
    assert _entries("core.result", result.pk).count() == 1


def test_deleting_a_target_keeps_its_last_values(target, clerk):
    pk = target.pk
    with acting_as(clerk, reason="Nhập trùng"):
        target.delete()
    entry = _entries("core.target", pk).last()
    assert entry.action == "delete"
    assert entry.before["indicator"] == "Thu ngân sách xã"
    assert entry.after is None
    assert entry.reason == "Nhập trùng"


def test_baselines_are_audited(target, clerk):
    with acting_as(clerk):
        baseline = Baseline.objects.create(target=target, kind="plan", value=20.0)
        baseline.value = 22.0
        baseline.save()
    entry = _entries("core.baseline", baseline.pk).last()
    assert (entry.before["value"], entry.after["value"]) == (20.0, 22.0)
    assert entry.user == clerk


def test_changing_responsible_units_is_recorded_on_the_target(target, unit, clerk):
    with acting_as(clerk):
        target.responsible_units.set([unit])
    entry = _entries("core.target", target.pk).last()
    assert entry.changed_fields == ["responsible_units"]
    assert entry.before == {"responsible_units": []}
    assert entry.after == {"responsible_units": [unit.pk]}


def test_the_actor_is_forgotten_when_the_block_ends(clerk):
    with acting_as(clerk):
        assert current_user() == clerk
    assert current_user() is None
