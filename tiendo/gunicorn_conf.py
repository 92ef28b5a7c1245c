"""gunicorn settings for `tiendo serve`, `tiendo demo` and the deploy recipe
(--config python:tiendo.gunicorn_conf).

Sizing, from the machine's cores unless set: WEB_CONCURRENCY worker processes (one a
core, at least two) of TIENDO_THREADS threads each (4). A page spends much of its
time waiting on the database; the threads of one process fill that wait, the
processes use the cores. Threaded workers also keep connections alive, so nginx's
upstream keepalive and load generators do not pay a TCP handshake a request.

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
threads = int(os.environ.get("TIENDO_THREADS") or 4)
worker_class = "gthread" if threads > 1 else "sync"
# Behind nginx, idle keep-alive connections to gunicorn are reused for many requests.
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
