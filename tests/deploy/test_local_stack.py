"""The production recipe started on one machine (deploy/local-stack.sh): nginx in front
of two gunicorn instances and the task worker. Runs where nginx is installed
(scripts/test installs it in CI)."""

from __future__ import annotations

import http.client
import os
import re
import shutil
import socket
import ssl
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)

pytestmark = [
    pytest.mark.deploy_stack,
    pytest.mark.skipif(NGINX is None, reason="nginx is not installed"),
]


def _free_port_block(size: int = 4) -> int:
    """A port such that it and the `size - 1` after it are free now."""
    for _ in range(50):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            base = probe.getsockname()[1]
        if base + size > 65535:
            continue
        try:
            held = []
            for port in range(base, base + size):
                sock = socket.socket()
                held.append(sock)
                sock.bind(("127.0.0.1", port))
            return base
        except OSError:
            continue
        finally:
            for sock in held:
                sock.close()
    raise RuntimeError("no block of free ports")


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    data = tmp_path_factory.mktemp("stack-data")
    port = _free_port_block()
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DATABASE_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE")
    }
    env.update(
        TIENDO_DATA_DIR=str(data),
        STACK_PORT=str(port),
        DEBUG="0",
        # Long enough that the second request surely finds the first one's copy.
        TIENDO_MICROCACHE_SECONDS="60",
    )
    script = str(ROOT / "deploy" / "local-stack.sh")
    started = subprocess.run(
        [script, "start"], env=env, capture_output=True, text=True, timeout=900, check=False
    )
    try:
        assert started.returncode == 0, started.stdout + started.stderr
        yield {"port": port, "dir": data / "stack"}
    finally:
        subprocess.run([script, "stop"], env=env, capture_output=True, timeout=120, check=False)


def _get(port: int, path: str, headers: dict[str, str] | None = None) -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    connection.request("GET", path, headers=headers or {})
    response = connection.getresponse()
    response.body = response.read()  # type: ignore[attr-defined]
    connection.close()
    return response


def test_a_page_is_served_through_nginx_and_cached_for_the_next_anonymous_reader(stack):
    # A page nothing asked for yet (the script waits on /gioi-thieu/).
    first = _get(stack["port"], "/chinh-sach-bao-mat/")
    second = _get(stack["port"], "/chinh-sach-bao-mat/")
    assert first.status == second.status == 200
    assert second.body == first.body  # type: ignore[attr-defined]
    assert first.getheader("X-Cache-Status") == "MISS"
    assert second.getheader("X-Cache-Status") == "HIT"
    assert second.getheader("Server") == "nginx"  # server_tokens off: no version


def test_a_signed_in_reader_bypasses_the_micro_cache(stack):
    _get(stack["port"], "/gioi-thieu/")
    signed_in = _get(stack["port"], "/gioi-thieu/", {"Cookie": "sessionid=phien-thu-nghiem"})
    assert signed_in.status == 200
    assert signed_in.getheader("X-Cache-Status") == "BYPASS"


def test_static_files_have_hashed_names_cached_as_immutable(stack):
    page = _get(stack["port"], "/gioi-thieu/").body.decode()  # type: ignore[attr-defined]
    stylesheet = re.search(r'/static/[^"]+\.[0-9a-f]{12}\.css', page)
    assert stylesheet, "no hashed stylesheet in the page"
    response = _get(stack["port"], stylesheet.group(0))
    assert response.status == 200
    assert "immutable" in response.getheader("Cache-Control", "")
    assert "max-age=31536000" in response.getheader("Cache-Control", "")


def test_a_body_over_21_mb_is_refused_by_nginx_before_it_is_sent(stack):
    with socket.create_connection(("127.0.0.1", stack["port"]), timeout=60) as sock:
        sock.sendall(
            b"POST /gop-y/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Content-Type: application/octet-stream\r\n"
            + f"Content-Length: {21 * 1024 * 1024 + 1}\r\n\r\n".encode()
        )
        answer = sock.recv(65536).decode("utf-8", "replace")
    assert answer.startswith("HTTP/1.1 413")
    assert "Tệp quá lớn" in answer


def test_tls_is_served_with_the_recipe_settings(stack):
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    connection = http.client.HTTPSConnection("127.0.0.1", stack["port"] + 1, context=context)
    connection.request("GET", "/gioi-thieu/")
    response = connection.getresponse()
    assert response.status == 200
    assert connection.sock.version() in ("TLSv1.2", "TLSv1.3")  # type: ignore[union-attr]
    connection.close()


def test_two_gunicorn_instances_and_the_worker_are_running(stack):
    for offset in (2, 3):
        os.kill(int((stack["dir"] / f"gunicorn-{stack['port'] + offset}.pid").read_text()), 0)
    os.kill(int((stack["dir"] / "worker.pid").read_text()), 0)
    for offset in (2, 3):
        assert _get(stack["port"] + offset, "/gioi-thieu/").status == 200
