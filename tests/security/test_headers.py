"""Response headers: no server software named, security headers on every answer, and
SQLite told to keep every commit through a power cut."""

from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.error
import urllib.request

import pytest
from django.test import Client

from tests.test_security import _header_problems
from tiendo.core.commands import gunicorn_argv


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _headers(url: str, server: subprocess.Popen, timeout: float = 60):
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                return response.headers
        except urllib.error.HTTPError as error:  # an error page has headers too
            return error.headers
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def test_gunicorn_as_tiendo_runs_it_does_not_name_itself(tmp_path):
    port = _free_port()
    env = {**os.environ, "TIENDO_DATA_DIR": str(tmp_path), "DJANGO_SETTINGS_MODULE": ""}
    env.pop("DJANGO_SETTINGS_MODULE")
    server = subprocess.Popen(
        gunicorn_argv(host="127.0.0.1", port=port, workers=1),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        headers = _headers(f"http://127.0.0.1:{port}/static/khong-co.css", server)
    finally:
        server.terminate()
        server.wait(timeout=20)
    assert headers.get("Server") is None
    assert headers.get("X-Content-Type-Options") == "nosniff"


def test_tiendo_serve_starts_gunicorn_with_those_settings(monkeypatch):
    from tiendo.core import commands

    started = []
    monkeypatch.setattr(commands.os, "execv", lambda program, argv: started.append(argv))
    commands.serve(host="127.0.0.1", port=8102, workers=1)
    argv = started[0]
    assert argv[argv.index("--config") + 1] == "python:tiendo.gunicorn_conf"


@pytest.mark.django_db
def test_sqlite_syncs_every_commit_to_disk():
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("the pragma concerns the embedded SQLite database")
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA synchronous")
        assert cursor.fetchone()[0] == 2  # FULL


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    ["/", "/gop-y/", "/dang-nhap/", "/trang-khong-ton-tai/", "/tai-khoan/xac-thuc-hai-buoc/"],
)
def test_pages_and_error_pages_send_the_security_headers(path):
    response = Client(raise_request_exception=False).get(path)
    assert _header_problems(response) == []
    assert "Server" not in response
