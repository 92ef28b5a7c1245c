#!/usr/bin/env python3
"""Several servers, one killed: is anything a citizen was told lost, or sent twice?

Starts the production recipe on this machine (deploy/local-stack.sh: nginx in front of
two gunicorn instances and the task worker) on a PostgreSQL database of its own and one
Redis of its own, then, for --seconds:

- page readers load portal pages through nginx (each URL unique, so nginx's
  micro-cache cannot answer for a dead server);
- citizens send feedback through nginx (form, captcha, POST);
- a moderator answers and publishes what arrives, which queues the answer e-mail;
- at 30 % of the run one app server is SIGKILLed (master and workers), and started
  again 2 s later as systemd would; at 50 % the task worker is SIGKILLed while it
  delivers a message, and started again 1 s later.

Afterwards it waits for the outbox to empty; when it stops moving, it runs what
`tiendo mail send` runs (in this process), as the production timer
(deploy/systemd/tiendo-mail.timer) would. Then it prints:

- feedback acknowledged (the POST got its redirect) / found / lost / duplicated;
- e-mails scheduled / sent / sent twice / not sent, counted by feedback code in the
  files the mail relay wrote;
- page requests total / failed / failed more than a second after a kill.

Exit status 0 when nothing acknowledged was lost or stored twice, every e-mail went
out exactly once and no page failed after a kill's first second.

usage: benchmarks/multi_server_kill.py [--seconds 30] [--port 18100]
           [--database-url postgres://postgres@127.0.0.1:5432/wt_killstack]
           [--readers 4] [--citizens 4]

The database is dropped and created again from a migrated template
(<name>_template, rebuilt when a migration or a package changes), so a run after the
first does not wait for migrations. Ports: nginx --port, TLS +1, gunicorn +2 and +3,
Redis +4.

The mail relay is Django's file backend behind a 100 ms pause (SlowRelay below; the
stack imports it from this file): long enough that the worker's kill lands while a
message is being handed over, as with a real SMTP relay. A kill in the instant between
the relay accepting a message and the outbox row being marked sent would send that
message again after the restart; no mail system can rule that out.
"""

from __future__ import annotations

import argparse
import contextlib
import email
import email.policy
import hashlib
import http.client
import importlib.metadata
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from django.core.mail.backends.filebased import EmailBackend as FileBackend
from process_tree import children

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "benchmarks"
sys.path[:0] = [str(ROOT), str(BENCH)]
STACK = ROOT / "deploy" / "local-stack.sh"
PAGES = ("/", "/gioi-thieu/", "/hoi-dap/", "/gop-y/", "/chinh-sach-bao-mat/")
_REFERENCE = re.compile(r"GY-[0-9A-Z]{8}")
_MARKER = re.compile(r"thử tải (k\d+-\d+)")
_SEPARATOR = b"\n" + b"-" * 79 + b"\n"  # between messages in the file backend's files


class SlowRelay(FileBackend):
    """Django's file backend after TIENDO_BENCH_RELAY_MS of pause: a relay that takes
    the time a real one does to accept a message."""

    def __init__(self, **kwargs):  # type: ignore[no-untyped-def]
        # tiendo's settings read no EMAIL_FILE_PATH: the folder comes from the benchmark.
        super().__init__(file_path=os.environ["TIENDO_BENCH_MAIL_DIR"], **kwargs)

    def send_messages(self, email_messages):  # type: ignore[no-untyped-def]
        time.sleep(int(os.environ.get("TIENDO_BENCH_RELAY_MS", "100")) / 1000)
        return super().send_messages(email_messages)


@dataclass
class Tally:
    lock: threading.Lock = field(default_factory=threading.Lock)
    acknowledged: list[str] = field(default_factory=list)
    refused: int = 0  # the form came back (captcha, validation)
    cut: int = 0  # an error or a reset: not acknowledged, the citizen sends again
    pages: list[tuple[float, bool, float]] = field(default_factory=list)  # start, ok, seconds
    kills: list[float] = field(default_factory=list)
    # Why each page failed (a status or an exception) and how long after a kill.
    failures: list[str] = field(default_factory=list)
    worker_mid_send: bool = False
    sweeps: int = 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--port", type=int, default=18100)
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/wt_killstack")
    parser.add_argument("--readers", type=int, default=4)
    parser.add_argument("--citizens", type=int, default=4)
    args = parser.parse_args()

    data = Path(tempfile.mkdtemp(prefix="tiendo-multi-kill-"))
    env = _stack_env(args, data)
    redis = None
    started = False
    try:
        t0 = time.monotonic()
        static = subprocess.Popen(
            [*_tiendo(), "manage", "collectstatic", "--no-input", "-v", "0"], env=env, cwd=ROOT
        )
        _fresh_database(args.database_url, env)
        print(f"database ready in {time.monotonic() - t0:.1f} s", flush=True)
        redis = _start_redis(args.port + 4, data)
        if static.wait() != 0:
            raise SystemExit("collectstatic failed")
        print(f"static files ready in {time.monotonic() - t0:.1f} s", flush=True)
        started = True
        _stack(env, "start")
        print(f"stack ready in {time.monotonic() - t0:.1f} s (data in {data})", flush=True)
        os.environ.update(env)
        import django

        django.setup()
        tally = _run(args, env, data)
        t1 = time.monotonic()
        remaining = _drain_outbox(tally)
        print(f"outbox empty {time.monotonic() - t1:.1f} s after the load", flush=True)
        figures = _count(tally, data / "mail", remaining)
    finally:
        if started:
            _stack(env, "stop")
        if redis is not None:
            redis.terminate()
            redis.wait(timeout=10)
    _print(figures, tally)
    failed = figures["lost"] or figures["duplicated"] or figures["mail_twice"]
    failed = failed or figures["mail_missing"] or figures["mail_not_marked_sent"]
    failed = failed or figures["pages_failed_late"]
    if not failed:
        shutil.rmtree(data, ignore_errors=True)
    return 1 if failed else 0


# -- the set of servers -------------------------------------------------------------


def _tiendo() -> list[str]:
    return [sys.executable, "-m", "tiendo.cli"]


def _stack_env(args: argparse.Namespace, data: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST"))}
    tiendo_bin = shutil.which("tiendo") or str(Path(sys.executable).with_name("tiendo"))
    env.update(
        DJANGO_SETTINGS_MODULE="tiendo.settings",
        PYTHONPATH=os.pathsep.join([str(ROOT), str(BENCH), env.get("PYTHONPATH", "")]),
        TIENDO=tiendo_bin,
        TIENDO_DATA_DIR=str(data),
        STACK_PORT=str(args.port),
        SKIP_PREPARE="1",
        DEBUG="0",
        DATABASE_URL=args.database_url,
        REDIS_URL=f"redis://127.0.0.1:{args.port + 4}/0",
        EMAIL_BACKEND="multi_server_kill.SlowRelay",
        TIENDO_BENCH_MAIL_DIR=str(data / "mail"),
        TIENDO_MAIL_STALLED_SECONDS="2",
        TIENDO_FEEDBACK_MAX_SUBMISSIONS="1000000",
        WEB_CONCURRENCY="1",
    )
    return env


def _stack(env: dict[str, str], *action: str) -> None:
    done = subprocess.run(
        [str(STACK), *action], env=env, capture_output=True, text=True, timeout=300, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"local-stack.sh {' '.join(action)} failed:\n{done.stdout}{done.stderr}")


def _fingerprint() -> str:
    """What decides the migrated schema: tiendo's migrations and the installed packages."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "tiendo").glob("*/migrations/*.py")):
        digest.update(path.name.encode() + path.read_bytes())
    for dist in sorted(
        f"{d.metadata['Name']}=={d.version}" for d in importlib.metadata.distributions()
    ):
        digest.update(dist.encode())
    return digest.hexdigest()[:32]


def _fresh_database(url: str, env: dict[str, str]) -> None:
    """Drop the database and make it again from a migrated template, migrating the
    template first when it is missing or out of date."""
    import psycopg

    parts = urllib.parse.urlsplit(url)
    name = parts.path.lstrip("/")
    template = f"{name}_template"
    admin_url = urllib.parse.urlunsplit(parts._replace(path="/postgres"))
    fingerprint = _fingerprint()
    with psycopg.connect(admin_url, autocommit=True) as db:
        row = db.execute(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s",
            [template],
        ).fetchone()
        if row is None or row[0] != fingerprint:
            print("migrating the template database (once)…", flush=True)
            db.execute(f'DROP DATABASE IF EXISTS "{template}" WITH (FORCE)')
            db.execute(f'CREATE DATABASE "{template}"')
            template_url = urllib.parse.urlunsplit(parts._replace(path=f"/{template}"))
            subprocess.run(
                [*_tiendo(), "manage", "migrate", "--no-input", "-v", "0"],
                env={**env, "DATABASE_URL": template_url},
                cwd=ROOT,
                check=True,
            )
            db.execute(f"COMMENT ON DATABASE \"{template}\" IS '{fingerprint}'")
        db.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        db.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')


def _start_redis(port: int, data: Path) -> subprocess.Popen:
    redis = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
         "--appendonly", "no", "--dir", str(data), "--loglevel", "warning"],
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    for _ in range(100):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
                sock.sendall(b"PING\r\n")
                if sock.recv(16).startswith(b"+PONG"):
                    return redis
        except OSError:
            time.sleep(0.1)
    redis.kill()
    raise SystemExit(f"redis-server did not answer on port {port}")


def _pid(data: Path, name: str) -> int:
    return int((data / "stack" / f"{name}.pid").read_text())


def _kill_app_server(data: Path, port: int) -> None:
    """SIGKILL one gunicorn instance, master and workers at once: a crash, not a stop."""
    master = _pid(data, f"gunicorn-{port}")
    for pid in [master, *children(master)]:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


# -- the load -------------------------------------------------------------------------


def _run(args: argparse.Namespace, env: dict[str, str], data: Path) -> Tally:
    from feedback_kill import _request  # the same browser-like requests

    tally = Tally()
    start = time.monotonic()
    stop = threading.Event()
    threads = [
        threading.Thread(target=_reader, args=(args.port, n, stop, tally, _request))
        for n in range(args.readers)
    ]
    threads += [
        threading.Thread(target=_citizen, args=(args.port, n, stop, tally, _request))
        for n in range(args.citizens)
    ]
    moderator = threading.Thread(target=_moderator, args=(stop,))
    for thread in [*threads, moderator]:
        thread.start()

    victim = args.port + 2
    _sleep_until(start + args.seconds * 0.3)
    tally.kills.append(time.monotonic())
    _kill_app_server(data, victim)
    print(f"{time.monotonic() - start:5.1f} s  app server :{victim} killed", flush=True)
    _sleep_until(time.monotonic() + 2)
    _stack(env, "app", str(victim))
    print(f"{time.monotonic() - start:5.1f} s  app server :{victim} started again", flush=True)

    _sleep_until(start + args.seconds * 0.5)
    tally.worker_mid_send = _wait_for_a_message_being_sent(timeout=args.seconds * 0.3)
    tally.kills.append(time.monotonic())
    os.kill(_pid(data, "worker"), signal.SIGKILL)
    print(
        f"{time.monotonic() - start:5.1f} s  worker killed"
        + (" while it handed a message to the relay" if tally.worker_mid_send else ""),
        flush=True,
    )
    _sleep_until(time.monotonic() + 1)
    _stack(env, "worker")
    print(f"{time.monotonic() - start:5.1f} s  worker started again", flush=True)

    _sleep_until(start + args.seconds)
    stop.set()
    for thread in [*threads, moderator]:
        thread.join()
    return tally


def _sleep_until(moment: float) -> None:
    time.sleep(max(0.0, moment - time.monotonic()))


def _reader(port: int, number: int, stop: threading.Event, tally: Tally, request) -> None:  # type: ignore[no-untyped-def]
    sequence = 0
    while not stop.is_set():
        sequence += 1
        path = f"{PAGES[sequence % len(PAGES)]}?lan={number}-{sequence}"
        began = time.monotonic()
        try:
            status = request(port, "GET", path, {})[0]
            ok, reason = status == 200, f"HTTP {status}"
        except (OSError, http.client.HTTPException) as error:  # refused, reset, cut
            ok, reason = False, type(error).__name__
        took = time.monotonic() - began
        with tally.lock:
            tally.pages.append((began, ok, took))
            if not ok:
                since = _since_kill(began, began + took, tally.kills)
                tally.failures.append(
                    f"{path} {reason} in {took:.1f} s, {since:.1f} s after a kill"
                )


def _citizen(port: int, number: int, stop: threading.Event, tally: Tally, request) -> None:  # type: ignore[no-untyped-def]
    from feedback_kill import _CAPTCHA_KEY, _CSRF, _captcha_answer

    sequence = 0
    while not stop.is_set():
        sequence += 1
        marker = f"k{number}-{sequence}"
        cookies: dict[str, str] = {}
        outcome = "cut"
        try:
            status, page = request(port, "GET", "/gop-y/", cookies)
            csrf, key = _CSRF.search(page), _CAPTCHA_KEY.search(page)
            if status == 200 and csrf and key:
                hashkey = key.group(1) or key.group(2)
                form = {
                    "csrfmiddlewaretoken": csrf.group(1),
                    "name": "Người thử tải",
                    "email": f"nguoi.thu.{number}@example.vn",
                    "title": f"Góp ý thử tải {marker}",
                    "content": f"Nội dung góp ý thử tải số {marker}.",
                    "consent": "on",
                    "kiem_tra": "hinh",
                    "captcha_0": hashkey,
                    "captcha_1": _captcha_answer(hashkey),
                }
                status, _ = request(port, "POST", "/gop-y/", cookies, form)
                outcome = "ack" if status == 302 else ("refused" if status < 500 else "cut")
        except (OSError, http.client.HTTPException):
            outcome = "cut"
        with tally.lock:
            if outcome == "ack":
                tally.acknowledged.append(marker)
            elif outcome == "refused":
                tally.refused += 1
            else:
                tally.cut += 1
    _close_connection()


def _moderator(stop: threading.Event) -> None:
    """Answers and publishes what arrives, as staff would: each publication queues the
    citizen's e-mail (tiendo.mail.triggers.answer_published)."""
    from django.contrib.auth import get_user_model

    from tiendo.feedback.models import Feedback
    from tiendo.feedback.services import answer_feedback, publish_feedback

    staff = get_user_model().objects.create_superuser("kiem-duyet", "kd@example.vn", "x")
    while not stop.wait(0.25):
        for item in Feedback.objects.filter(status=Feedback.Status.NEW).exclude(email="")[:10]:
            answer_feedback(item, f"Trả lời cho {item.reference}.", by=staff)
            publish_feedback(item, by=staff)
    _close_connection()


def _close_connection() -> None:
    from django.db import connection

    connection.close()


def _wait_for_a_message_being_sent(timeout: float) -> bool:
    """True once some message is in the relay's hands (claimed, not yet marked sent)."""
    from tiendo.mail.models import Message

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if Message.objects.filter(state=Message.State.SENDING).exists():
            return True
        time.sleep(0.005)
    return False


def _drain_outbox(tally: Tally, limit: float = 120) -> int:
    """Wait for the worker to deliver what is queued; when the outbox stops moving, run
    `tiendo mail send` as the timer would. Returns how many are still not sent."""
    from tiendo.mail.models import Message
    from tiendo.mail.services import send_queued

    deadline = time.monotonic() + limit
    last, still_since = -1, time.monotonic()
    while time.monotonic() < deadline:
        waiting = Message.objects.filter(
            state__in=[Message.State.QUEUED, Message.State.SENDING]
        ).count()
        if waiting == 0:
            return 0
        if waiting != last:
            last, still_since = waiting, time.monotonic()
        elif time.monotonic() - still_since > 3:  # > TIENDO_MAIL_STALLED_SECONDS
            send_queued()  # what `tiendo mail send` runs, here without starting Python again
            tally.sweeps += 1
            still_since = time.monotonic()
        time.sleep(0.2)
    return last


# -- the figures ----------------------------------------------------------------------


def _count(tally: Tally, mail_dir: Path, remaining: int) -> dict[str, int]:
    from tiendo.feedback.models import Feedback
    from tiendo.mail.models import Message

    stored = Counter()
    for title in Feedback.objects.values_list("title", flat=True):
        found = _MARKER.search(title)
        if found:
            stored[found.group(1)] += 1
    acknowledged = set(tally.acknowledged)

    answers = Message.objects.filter(kind=Message.Kind.ANSWER)
    scheduled = Counter(
        _REFERENCE.search(s).group(0) for s in answers.values_list("subject", flat=True)
    )
    relayed = Counter()
    for path in sorted(mail_dir.glob("*")) if mail_dir.exists() else []:
        for raw in path.read_bytes().split(_SEPARATOR):
            if raw.strip():
                subject = str(email.message_from_bytes(raw, policy=email.policy.default)["Subject"])
                relayed[_REFERENCE.search(subject).group(0)] += 1

    return {
        "acknowledged": len(acknowledged),
        "found": sum(1 for m in acknowledged if stored[m] >= 1),
        "lost": sum(1 for m in acknowledged if stored[m] == 0),
        "duplicated": sum(1 for n in stored.values() if n > 1),
        "stored_unacknowledged": sum(1 for m in stored if m not in acknowledged),
        "mail_scheduled": len(scheduled),
        "mail_sent": sum(1 for r in scheduled if relayed[r] >= 1),
        "mail_twice": sum(1 for n in relayed.values() if n > 1),
        "mail_missing": sum(1 for r in scheduled if relayed[r] == 0),
        "mail_not_marked_sent": remaining,
        "pages": len(tally.pages),
        "pages_failed": sum(1 for _, ok, _ in tally.pages if not ok),
        "pages_failed_late": sum(
            1
            for began, ok, took in tally.pages
            if not ok and _since_kill(began, began + took, tally.kills) > 1
        ),
        "pages_median_ms": round(statistics.median(t for *_, t in tally.pages) * 1000),
        "pages_slowest_ms": round(max(t for *_, t in tally.pages) * 1000),
    }


def _since_kill(began: float, ended: float, kills: list[float]) -> float:
    """How long after the last kill a request began; 0 for one in flight when it came.

    A page asked for just before a kill and cut by it failed because of the kill, though
    it began first: the kill that counts is the last one before the request ended.

    >>> _since_kill(2.99, 3.01, [3.0]), _since_kill(4.5, 4.6, [3.0]), _since_kill(1.0, 1.1, [3.0])
    (0.0, 1.5, inf)
    """
    before = [kill for kill in kills if kill <= ended]
    return max(0.0, began - max(before)) if before else float("inf")


def _print(f: dict[str, int], tally: Tally) -> None:
    n = _n
    print(f"feedback acknowledged:           {n(f['acknowledged'])}")
    print(f"feedback found:                  {n(f['found'])}")
    print(f"feedback lost:                   {n(f['lost'])}")
    print(f"feedback duplicated:             {n(f['duplicated'])}")
    print(f"feedback cut (error, not acked): {n(tally.cut)}; stored anyway: "
          f"{n(f['stored_unacknowledged'])}; form refused: {n(tally.refused)}")  # fmt: skip
    print(f"e-mails scheduled:               {n(f['mail_scheduled'])}")
    print(f"e-mails sent:                    {n(f['mail_sent'])}")
    print(f"e-mails sent twice:              {n(f['mail_twice'])}")
    print(f"e-mails not sent:                {n(f['mail_missing'])}")
    print(f"outbox rows not marked sent:     {n(f['mail_not_marked_sent'])}")
    print(f"worker killed mid-send:          {'yes' if tally.worker_mid_send else 'no'}; "
          f"mail sweeps run: {tally.sweeps}")  # fmt: skip
    print(f"page requests:                   {n(f['pages'])}")
    print(f"page requests failed:            {n(f['pages_failed'])}")
    print(f"failed after the first second:   {n(f['pages_failed_late'])}")
    for failure in tally.failures[:10]:
        print(f"  {failure}")
    print(f"page time median / slowest:      {n(f['pages_median_ms'])} ms / "
          f"{n(f['pages_slowest_ms'])} ms")  # fmt: skip


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


if __name__ == "__main__":
    sys.exit(main())
