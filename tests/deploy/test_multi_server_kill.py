"""Several servers, one killed (issue 14): benchmarks/multi_server_kill.py starts the
production recipe (nginx, two gunicorn instances, the task worker, one Redis, a
PostgreSQL database of its own), kills an app server and then the worker under load,
and counts what was acknowledged, stored and mailed. Skipped without nginx,
redis-server or a PostgreSQL server (TIENDO_KILL_DATABASE_URL); TIENDO_KILL_PORT picks
the first of its five ports (default: five free ones)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import urllib.parse
from pathlib import Path

import pytest

from tests.deploy.test_local_stack import NGINX, _free_port_block

ROOT = Path(__file__).resolve().parents[2]
DATABASE_URL = os.environ.get(
    "TIENDO_KILL_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/tiendo_multi_kill"
)


def _postgres_answers() -> bool:
    try:
        import psycopg
    except ImportError:
        return False
    admin = urllib.parse.urlsplit(DATABASE_URL)._replace(path="/postgres")
    try:
        psycopg.connect(urllib.parse.urlunsplit(admin), connect_timeout=3).close()
    except psycopg.Error:
        return False
    return True


pytestmark = [
    pytest.mark.deploy_stack,
    pytest.mark.skipif(NGINX is None, reason="nginx is not installed"),
    pytest.mark.skipif(shutil.which("redis-server") is None, reason="redis-server is missing"),
    pytest.mark.skipif(not _postgres_answers(), reason="no PostgreSQL server to create a base in"),
]


def _figure(output: str, label: str) -> str:
    found = re.search(rf"^{re.escape(label)}:\s+(\S+)", output, re.MULTILINE)
    assert found, f"no {label!r} in the output:\n{output}"
    return found.group(1).rstrip(";").replace(".", "")  # 1.234 → 1234


def test_killing_an_app_server_and_the_worker_loses_nothing_acknowledged():
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env["PYTHONPATH"] = str(ROOT)
    run = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "multi_server_kill.py"), "--seconds", "10",
         "--port", os.environ.get("TIENDO_KILL_PORT") or str(_free_port_block(5)),
         "--database-url", DATABASE_URL],
        env=env, capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip
    output = run.stdout + run.stderr
    assert int(_figure(output, "feedback acknowledged")) > 0, output
    assert int(_figure(output, "e-mails scheduled")) > 0, output
    assert int(_figure(output, "page requests")) > 0, output
    assert _figure(output, "worker killed mid-send") == "yes", output
    zeros = ("feedback lost", "feedback duplicated", "e-mails sent twice", "e-mails not sent",
             "outbox rows not marked sent", "failed after the first second")  # fmt: skip
    assert {label: _figure(output, label) for label in zeros} == dict.fromkeys(zeros, "0"), output
    assert _figure(output, "e-mails sent") == _figure(output, "e-mails scheduled")
    assert run.returncode == 0, output
