from __future__ import annotations

import json

from tests.progress.test_evaluate import seed_progress


def test_as_text_puts_the_summary_before_the_narrative() -> None:
    progress = seed_progress()
    assert progress.as_text() == progress.summary + "\n\n" + progress.narrative


def test_counts_and_warnings_gather_every_target() -> None:
    progress = seed_progress()
    assert progress.counts() == {"behind": 1, "on_track": 1, "at_risk": 1}
    assert progress.warnings == []


def test_as_dict_is_json_ready_with_float_numbers_and_coded_periods() -> None:
    data = seed_progress().as_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["period"] == {"year": 2022, "from_month": 1, "to_month": 3, "code": "2022-Q1"}
    thu = data["targets"][2]
    assert isinstance(thu["value"], float)
    assert thu["baselines"]["budget_self"]["inferred"] is True
    assert thu["status_label"] == "Có nguy cơ không đạt"
    assert thu["observation"]["period"]["code"] == "2022-Q1"
    # Rises and falls are said of earlier results only, never of plans or budgets.
    assert set(thu["changes"]) == {"same_period"}
