"""gunicorn settings for `tiendo serve` and `tiendo demo` (--config python:tiendo.gunicorn_conf).

gunicorn names itself in a `Server: gunicorn` header on every response; telling
strangers the server software only helps them pick exploits, so the header is dropped.
The reverse proxy in front (nginx: `server_tokens off;`) should hide its own as well.
"""

from __future__ import annotations

from gunicorn.http import wsgi

_default_headers = wsgi.Response.default_headers


def _headers_without_server(self: wsgi.Response) -> list[str]:
    return [line for line in _default_headers(self) if not line.lower().startswith("server:")]


# Applied when gunicorn loads this file in its master process, before the workers fork.
wsgi.Response.default_headers = _headers_without_server  # type: ignore[method-assign]
