"""The demo and the server, run as a newcomer runs them: as commands in a new process."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

TIENDO = [sys.executable, "-m", "tiendo.cli"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def demo_data_dir(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    data_dir = tmp_path_factory.mktemp("demo")
    env = {
        k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}
    }
    env["TIENDO_DATA_DIR"] = str(data_dir)
    first = subprocess.run(
        [*TIENDO, "demo", "--no-serve"], env=env, capture_output=True, text=True, timeout=300
    )
    assert first.returncode == 0, first.stderr
    return data_dir, env | {"FIRST_OUTPUT": first.stdout}


def test_the_demo_prints_the_admin_account(demo_data_dir):
    _, env = demo_data_dir
    assert "user name 'admin', password '" in env["FIRST_OUTPUT"]


def test_the_demo_run_twice_keeps_its_password(demo_data_dir):
    _, env = demo_data_dir
    second = subprocess.run(
        [*TIENDO, "demo", "--no-serve"], env=env, capture_output=True, text=True, timeout=300
    )
    assert second.returncode == 0, second.stderr
    password_line = [line for line in second.stdout.splitlines() if "password" in line]
    assert password_line and password_line[0] in env["FIRST_OUTPUT"]


def test_serve_answers_with_the_portal_and_the_admin_login(demo_data_dir):
    _, env = demo_data_dir
    port = free_port()
    server = subprocess.Popen(
        [*TIENDO, "serve", "--port", str(port), "--workers", "1"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        home = _get(f"http://127.0.0.1:{port}/", server)
        assert "Bảo Thắng" in home
        login = _get(f"http://127.0.0.1:{port}/quan-tri/login/", server)
        assert "<form" in login
    finally:
        server.terminate()
        server.wait(timeout=20)


def _get(url: str, server: subprocess.Popen, timeout: float = 120) -> str:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=30) as response:
                assert response.status == 200
                return response.read().decode("utf-8")
        except OSError:  # refused, reset or timed out while gunicorn starts
            if server.poll() is not None:
                raise AssertionError(server.stderr.read().decode()) from None
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)
