from __future__ import annotations

import json

import pytest

from tiendo.core.models import Result, Target
from tiendo.core.models.choices import ReviewState
from tiendo.core.progress import compute_progress, resolution_progress
from tiendo.periods import Period

pytestmark = pytest.mark.django_db

Q1_2022 = Period.parse("2022-Q1")


def rows_by_ordinal(progress) -> dict[str, dict]:
    return {row["ordinal"]: row for row in progress.as_dict()["targets"]}


def test_budget_revenue_is_measured_against_both_budgets(demo):
    revenue = rows_by_ordinal(resolution_progress(demo.resolution, Q1_2022))["3"]
    assert revenue["ratios"]["budget_assigned"] == pytest.approx(18, abs=0.05)
    assert revenue["ratios"]["budget_self"] == pytest.approx(16.0, abs=0.05)


def test_the_industrial_plan_is_inferred_from_its_reported_percentage(demo):
    industry = rows_by_ordinal(resolution_progress(demo.resolution, Q1_2022))["1"]
    assert industry["baselines"]["plan"]["inferred"] is True
    assert industry["baselines"]["plan"]["value"] == pytest.approx(953.2, abs=0.05)


def test_the_seed_figures_raise_no_mismatch(demo):
    progress = resolution_progress(demo.resolution, Q1_2022)
    assert progress.warnings == []


def test_the_latest_reported_period_is_the_default(demo):
    assert resolution_progress(demo.resolution).period == Q1_2022


def test_drafts_are_not_counted_until_submitted(demo):
    Result.objects.filter(target=demo.targets["4"]).update(review_state=ReviewState.DRAFT)
    new_members = rows_by_ordinal(resolution_progress(demo.resolution, Q1_2022))["4"]
    assert new_members["value"] is None


def test_computing_progress_needs_the_same_queries_for_ten_targets_as_for_four(
    demo, django_assert_max_num_queries
):
    for n in range(6):
        Target.objects.create(
            resolution=demo.resolution, ordinal=f"9.{n}", indicator=f"Chỉ tiêu {n}",
            unit="ha", plan_value=100, period_year=2022,
        )  # fmt: skip
    with django_assert_max_num_queries(9):
        compute_progress(demo.resolution, Q1_2022)


def test_the_progress_command_prints_json_for_a_resolution(demo, capsys):
    from tiendo.cli import main

    assert (
        main(["progress", "--resolution", "15-NQ/HU", "--period", "2022-Q1", "--format", "json"])
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data["resolution"] == "15-NQ/HU"
    assert data["period"]["code"] == "2022-Q1"
    assert len(data["targets"]) == 4


def test_the_progress_command_refuses_an_unknown_period(demo, capsys):
    from tiendo.cli import main

    assert main(["progress", "--resolution", "15-NQ/HU", "--period", "2022-Q5"]) == 2
    assert "2022-Q1" in capsys.readouterr().err
