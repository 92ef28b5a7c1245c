"""gunicorn settings for `tiendo serve`, `tiendo demo` and the deploy recipe
(--config python:tiendo.gunicorn_conf).

Sizing, from the machine's cores unless set: WEB_CONCURRENCY worker processes (one a
core, at least two) of TIENDO_THREADS threads each (1: gunicorn's sync workers). A
page costs about 3 ms of CPU and a few queries of a tenth of a millisecond each: it
waits on Python, not on the database. Threads of one process share one interpreter
lock, so a page being rendered waits behind its neighbours' and the slowest reader
waits longest: at 16 connections, 2 workers of 4 threads served an uncached page with a
p99 of 120-500 ms, 2 sync workers with 45-90 ms and more pages a second
(benchmarks/portal_load.sh). nginx in front buffers slow clients, which is what sync
workers need. TIENDO_THREADS=4 gives gthread workers with keep-alive, for a server
without nginx in front or with slow requests to overlap.

Access log: TIENDO_ACCESS_LOG ("-" stdout, the default; a file path; "off"), written
in batches (tiendo/access_log.py), not once a request.

gunicorn names itself in a `Server: gunicorn` header on every response; telling
strangers the server software only helps them pick exploits, so the header is dropped.
The reverse proxy in front (nginx: `server_tokens off;`) hides its own as well.
"""

from __future__ import annotations

import os

from gunicorn.http import wsgi


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


workers = int(os.environ.get("WEB_CONCURRENCY") or max(2, _cores()))
threads = int(os.environ.get("TIENDO_THREADS") or 1)
worker_class = "gthread" if threads > 1 else "sync"
# gthread workers only (sync workers close each connection): idle keep-alive
# connections are reused for many requests.
keepalive = 30
timeout = 60
# gunicorn's control socket has one default path per user: two servers on a machine
# (deploy/local-stack.sh) would take it from each other, and nothing here uses it.
control_socket_disable = True

_access = os.environ.get("TIENDO_ACCESS_LOG", "-").strip()
accesslog = None if _access.lower() in ("", "off", "none", "0") else _access
logger_class = "tiendo.access_log.BufferedLogger"

_default_headers = wsgi.Response.default_headers


def _headers_without_server(self: wsgi.Response) -> list[str]:
    return [line for line in _default_headers(self) if not line.lower().startswith("server:")]


# Applied when gunicorn loads this file in its master process, before the workers fork.
wsgi.Response.default_headers = _headers_without_server  # type: ignore[method-assign]
