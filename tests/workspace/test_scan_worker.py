"""The worker that reads scans: `tiendo worker`, and the one `tiendo serve` starts beside
the web server when tasks wait in the database (the embedded default)."""

from __future__ import annotations

import sys

import pytest
from django.test import override_settings

from tiendo.core import commands

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def started(monkeypatch) -> list[list[str]]:
    calls: list[list[str]] = []
    monkeypatch.setattr("subprocess.Popen", lambda argv, **kwargs: calls.append(argv) or object())
    return calls


def test_serving_with_the_database_queue_starts_a_worker_beside_the_server(started) -> None:
    with override_settings(TASKS=DATABASE_QUEUE):
        commands.start_worker()
    assert started == [[sys.executable, "-m", "tiendo.cli", "worker"]]


@pytest.mark.parametrize(
    ("tasks", "env"),
    [
        ({"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}, "1"),
        (DATABASE_QUEUE, "0"),
    ],
)
def test_no_worker_is_started_when_tasks_run_at_once_or_workers_run_on_their_own(
    started, monkeypatch, tasks, env
) -> None:
    monkeypatch.setenv("TIENDO_START_WORKER", env)
    with override_settings(TASKS=tasks):
        commands.start_worker()
    assert started == []


def test_the_worker_command_runs_the_database_worker(monkeypatch) -> None:
    ran: list[tuple] = []
    monkeypatch.setattr(
        "django.core.management.call_command", lambda *args, **kwargs: ran.append(args)
    )
    assert commands.run_worker(commands.argparse.Namespace(batch=True)) == 0
    assert ran == [("db_worker", "--queue-name", "*", "--no-startup-delay", "--batch")]
