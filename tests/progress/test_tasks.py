from __future__ import annotations

import datetime as dt

import pytest

from tiendo.periods import Period
from tiendo.progress.model import Observation, TaskSpec
from tiendo.progress.status import Status
from tiendo.progress.tasks import combined_status, period_end, qualitative_status, task_status

DEADLINE = dt.date(2022, 6, 30)


@pytest.mark.parametrize(
    ("done_on", "as_of", "status"),
    [
        (dt.date(2022, 6, 1), dt.date(2022, 12, 31), "done_on_time"),
        (dt.date(2022, 6, 30), dt.date(2022, 6, 30), "done_on_time"),
        (dt.date(2022, 7, 5), dt.date(2022, 12, 31), "done_late"),
        (None, dt.date(2022, 6, 30), "open"),
        (None, dt.date(2022, 7, 1), "overdue"),
        # done after the date we look from: not yet done then
        (dt.date(2022, 6, 20), dt.date(2022, 6, 10), "open"),
        (dt.date(2022, 8, 1), dt.date(2022, 7, 15), "overdue"),
    ],
)
def test_task_status_as_of_a_date(done_on: dt.date | None, as_of: dt.date, status: Status) -> None:
    assert task_status(TaskSpec("Nhiệm vụ", DEADLINE, done_on), as_of) == status


@pytest.mark.parametrize(
    ("statuses", "combined"),
    [
        (["done_on_time", "done_on_time"], "done_on_time"),
        (["done_on_time", "done_late"], "done_late"),
        (["done_on_time", "open"], "open"),
        (["open", "overdue", "done_late"], "overdue"),
        ([], None),
    ],
)
def test_a_target_carried_out_through_tasks_takes_their_combined_status(
    statuses: list[Status], combined: Status | None
) -> None:
    assert combined_status(statuses) == combined


@pytest.mark.parametrize(
    ("value", "reported_on", "as_of", "status"),
    [
        (1.0, dt.date(2022, 11, 1), dt.date(2022, 12, 31), "done_on_time"),
        (1.0, dt.date(2023, 1, 10), dt.date(2023, 1, 31), "done_late"),
        (0.0, dt.date(2022, 11, 1), dt.date(2022, 11, 30), "open"),
        (0.0, dt.date(2022, 11, 1), dt.date(2023, 1, 1), "overdue"),
    ],
)
def test_qualitative_target_without_tasks_follows_its_reported_result(
    value: float, reported_on: dt.date, as_of: dt.date, status: Status
) -> None:
    obs = Observation("ntm", "", Period.year_of(2022), value, reported_on=reported_on)
    assert qualitative_status(dt.date(2022, 12, 31), as_of, [], obs) == status


@pytest.mark.parametrize(
    ("period", "end"),
    [
        (Period.year_of(2022), dt.date(2022, 12, 31)),
        (Period(2024, 1, 2), dt.date(2024, 2, 29)),
        (Period(2022, 1, 3), dt.date(2022, 3, 31)),
    ],
)
def test_period_end_is_its_last_day(period: Period, end: dt.date) -> None:
    assert period_end(period) == end
