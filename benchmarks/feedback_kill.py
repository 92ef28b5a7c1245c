#!/usr/bin/env python3
"""Is every acknowledged feedback stored when a worker dies mid-request?

Starts gunicorn on a fresh data folder (SQLite, or PostgreSQL with --database-url),
sends feedback from many concurrent clients the way a browser does (form, captcha,
POST, thank-you page), and SIGKILLs a gunicorn worker at regular intervals. A
submission is *acknowledged* when the thank-you page showed its code (GY-…). At the
end every acknowledged code must be in the database: a code shown to a citizen and
then lost is the failure this measures. Requests cut by a kill are counted apart;
they were never acknowledged, and the citizen sees an error and sends again.

usage: benchmarks/feedback_kill.py [--seconds 30] [--clients 12] [--workers 3]
                                   [--kills 5] [--port 8103] [--database-url URL]

The captcha is answered by reading its expected answer from the database, as only a
test harness on the server itself can; the per-address limit is raised for the run.
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path

from process_tree import children

ROOT = Path(__file__).resolve().parents[1]
_CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
_CAPTCHA_KEY = re.compile(
    r'name="captcha_0"[^>]*value="([0-9a-f]+)"|value="([0-9a-f]+)"[^>]*name="captcha_0"'
)
_REFERENCE = re.compile(r"GY-[0-9A-Z]{8}")


@dataclass
class Tally:
    acknowledged: list[str] = field(default_factory=list)
    cut: int = 0  # connection reset or 5xx: the request died with its worker
    refused: int = 0  # a 200 form back (captcha or validation), or a 429
    lock: threading.Lock = field(default_factory=threading.Lock)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--clients", type=int, default=12)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--kills", type=int, default=5)
    parser.add_argument("--port", type=int, default=8103)
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()

    data_dir = tempfile.mkdtemp(prefix="tiendo-feedback-kill-")
    env = {
        **os.environ,
        "TIENDO_DATA_DIR": data_dir,
        "DATABASE_URL": args.database_url,
        "TIENDO_FEEDBACK_MAX_SUBMISSIONS": "1000000",
        "DJANGO_SETTINGS_MODULE": "tiendo.settings",
    }
    os.environ.update(env)
    print(f"data folder {data_dir}; migrating…", flush=True)
    for command in (["migrate"], ["collectstatic", "--noinput"]):
        subprocess.run(
            [sys.executable, "-m", "tiendo.cli", "manage", *command, "-v", "0"],
            env=env,
            check=True,
            cwd=ROOT,
        )
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "tiendo.wsgi:application",
            "--bind",
            f"127.0.0.1:{args.port}",
            "--workers",
            str(args.workers),
            "--timeout",
            "30",
            "--log-level",
            "warning",
        ],
        env=env,
        cwd=ROOT,
    )
    try:
        _wait_for(args.port)
        import django

        django.setup()
        tally, killed = _run(args, server.pid)
        stored = _stored_references()
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)

    acknowledged = set(tally.acknowledged)
    lost = sorted(acknowledged - stored)
    print(f"workers killed:            {killed}")
    print(f"submissions acknowledged:  {_n(len(acknowledged))}")
    print(f"requests cut by a kill:    {_n(tally.cut)}")
    print(f"submissions refused:       {_n(tally.refused)}")
    print(f"acknowledged and stored:   {_n(len(acknowledged & stored))} / {_n(len(acknowledged))}")
    print(f"acknowledged but lost:     {_n(len(lost))} {' '.join(lost[:10])}")
    print(f"rows stored in all:        {_n(len(stored))}")
    print(f"acknowledged per second:   {len(acknowledged) / args.seconds:.1f}".replace(".", ","))
    return 1 if lost else 0


def _run(args: argparse.Namespace, master: int) -> tuple[Tally, int]:
    tally = Tally()
    stop = time.monotonic() + args.seconds
    clients = [
        threading.Thread(target=_client, args=(args.port, number, stop, tally))
        for number in range(args.clients)
    ]
    for client in clients:
        client.start()
    killed = 0
    interval = args.seconds / (args.kills + 1)
    for _ in range(args.kills):
        time.sleep(interval)
        workers = children(master)
        if workers:
            os.kill(workers[killed % len(workers)], signal.SIGKILL)
            killed += 1
    for client in clients:
        client.join()
    return tally, killed


def _client(port: int, number: int, stop: float, tally: Tally) -> None:
    sequence = 0
    while time.monotonic() < stop:
        sequence += 1
        try:
            outcome = _submit(port, f"{number}-{sequence}")
        except (OSError, http.client.HTTPException):
            outcome = None
        with tally.lock:
            if outcome is None:
                tally.cut += 1
            elif outcome == "":
                tally.refused += 1
            else:
                tally.acknowledged.append(outcome)


def _submit(port: int, marker: str) -> str | None:
    """One citizen's submission: the code shown on the thank-you page, "" if refused."""
    cookies: dict[str, str] = {}
    status, page = _request(port, "GET", "/gop-y/", cookies)
    if status >= 500:
        return None
    csrf, key = _CSRF.search(page), _CAPTCHA_KEY.search(page)
    if not csrf or not key:
        return ""
    hashkey = key.group(1) or key.group(2)
    form = {
        "csrfmiddlewaretoken": csrf.group(1),
        "name": "Người thử tải",
        "email": "nguoi.thu@example.vn",
        "title": f"Góp ý thử tải {marker}",
        "content": f"Nội dung góp ý thử tải số {marker}.",
        "consent": "on",
        "kiem_tra": "hinh",
        "captcha_0": hashkey,
        "captcha_1": _captcha_answer(hashkey),
    }
    status, _page = _request(port, "POST", "/gop-y/", cookies, form)
    if status >= 500:
        return None
    if status != 302:
        return ""
    status, page = _request(port, "GET", "/gop-y/da-gui/", cookies)
    if status >= 500:
        return None
    found = _REFERENCE.search(page)
    return found.group(0) if found else ""


def _request(
    port: int, method: str, path: str, cookies: dict[str, str], form: dict | None = None
) -> tuple[int, str]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Host": "localhost"}
    if cookies:
        headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
    body = None
    if form is not None:
        body = urllib.parse.urlencode(form)
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        text = response.read().decode("utf-8", errors="replace")
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                cookies[name] = morsel.value
        return response.status, text
    finally:
        connection.close()


def _captcha_answer(hashkey: str) -> str:
    from captcha.models import CaptchaStore

    store = CaptchaStore.objects.filter(hashkey=hashkey).first()
    return store.response if store else ""


def _stored_references() -> set[str]:
    from tiendo.feedback.models import Feedback

    return set(Feedback.objects.values_list("reference", flat=True))


def _wait_for(port: int) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if _request(port, "GET", "/gop-y/", {})[0] == 200:
                return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"the server did not answer on port {port}")


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


if __name__ == "__main__":
    sys.exit(main())
