"""The answer in front of Django (tiendo/pagecache/front.py): a cached page is sent
byte for byte as Django sends it, and only to a request Django would answer from the
page cache."""

from __future__ import annotations

import io
import time

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from tiendo.pagecache import generation, replay
from tiendo.pagecache.front import PageCacheApplication, _keep
from tiendo.pagecache.replay import Note, Wire

ABOUT = "/gioi-thieu/"
SEARCH = "/tim-kiem/"


def environ(path: str = ABOUT, method: str = "GET", query: str = "", **headers: str) -> dict:
    """A WSGI environ as gunicorn builds it; headers as CGI names (HTTP_HOST=...)."""
    built = {
        "REQUEST_METHOD": method,
        "SCRIPT_NAME": "",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_HOST": "127.0.0.1:8000",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": io.StringIO(),
        "wsgi.url_scheme": "http",
        "wsgi.version": (1, 0),
        "wsgi.multithread": True,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }
    built.update(headers)
    return built


class Served:
    """Calls a WSGI application like a server: status, headers and body, in order."""

    def __init__(self, application) -> None:  # type: ignore[no-untyped-def]
        self.application = application

    def __call__(self, env: dict) -> tuple[str, list[tuple[str, str]], bytes]:
        sent: list = []
        result = self.application(
            env, lambda status, headers, *rest: sent.append((status, headers))
        )
        try:
            body = b"".join(result)
        finally:
            if hasattr(result, "close"):
                result.close()
        return sent[0][0], list(sent[0][1]), body


@pytest.fixture
def stack(settings, portal_demo):
    """Django's handler, counted, and the front application around it; the generation
    trusted for a minute, as in production (the test settings read it every time)."""
    settings.TIENDO_PAGE_CACHE_RECHECK_MS = 60_000
    # Read by SecurityMiddleware when the handler is built.
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_HSTS_SECONDS = 3600
    generation._forget()
    # As Django's test client does: the test's transaction holds the connection.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    django = WSGIHandler()
    calls: list[str] = []

    def counted(env, start_response):  # type: ignore[no-untyped-def]
        calls.append(env["PATH_INFO"])
        return django(env, start_response)

    yield {"django": Served(django), "front": Served(PageCacheApplication(counted)), "calls": calls}
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)
    generation._forget()


def _header(headers: list[tuple[str, str]], name: str) -> str | None:
    return next((value for key, value in headers if key.lower() == name.lower()), None)


def _warm(stack, env_of) -> None:  # type: ignore[no-untyped-def]
    """Rendered and stored, then answered once by Django from the cache (kept for after)."""
    stack["front"](env_of())
    stack["front"](env_of())


@pytest.mark.parametrize(
    ("method", "headers", "status"),
    [
        ("GET", {}, "200 OK"),
        ("HEAD", {}, "200 OK"),
        ("GET", {"HTTP_IF_NONE_MATCH": "ETAG"}, "304 Not Modified"),
        ("HEAD", {"HTTP_IF_NONE_MATCH": "ETAG"}, "304 Not Modified"),
        ("GET", {"HTTP_IF_NONE_MATCH": '"x", W/ETAG'}, "304 Not Modified"),
        ("GET", {"HTTP_IF_NONE_MATCH": '"autre"'}, "200 OK"),
        ("GET", {"HTTP_X_FORWARDED_PROTO": "https"}, "200 OK"),
        ("GET", {"HTTP_ACCEPT_LANGUAGE": "vi-VN,vi;q=0.9", "HTTP_COOKIE": "csrftoken=a"}, "200 OK"),
    ],
    ids=[
        "GET",
        "HEAD",
        "If-None-Match",
        "HEAD with If-None-Match",
        "If-None-Match weak, in a list",
        "If-None-Match of another copy",
        "HTTPS behind the proxy",
        "Accept-Language and a cookie other than the session's",
    ],
)
def test_a_hit_is_answered_in_front_of_django_with_the_bytes_django_sends(
    stack, method, headers, status
):
    page = stack["django"](environ())
    page = stack["django"](environ())  # the cached copy, with its ETag
    etag = _header(page[1], "ETag")
    assert etag
    wanted = {key: value.replace("ETAG", etag) for key, value in headers.items()}

    def env_of() -> dict:
        return environ(method=method, **wanted)

    through_django = stack["django"](env_of())
    _warm(stack, env_of)
    calls = len(stack["calls"])
    in_front = stack["front"](env_of())
    assert len(stack["calls"]) == calls, "Django was asked"
    assert in_front == through_django
    sent, body = in_front[1], in_front[2]
    assert in_front[0] == status
    if status == "200 OK":
        assert _header(sent, "Content-Length") == str(len(page[2]))
        assert body == (b"" if method == "HEAD" else page[2])
    else:
        assert body == b"" and _header(sent, "ETag") == etag
    secure = "HTTP_X_FORWARDED_PROTO" in headers
    assert (_header(sent, "Strict-Transport-Security") is not None) == secure


@pytest.mark.parametrize(
    ("case", "env_of", "expect"),
    [
        ("session cookie", lambda: environ(HTTP_COOKIE="sessionid=phien-thu-nghiem"), "rendered"),
        ("Authorization header", lambda: environ(HTTP_AUTHORIZATION="Bearer khoa"), "rendered"),
        ("POST", lambda: environ(method="POST"), "not the page"),
        ("English by cookie", lambda: environ(HTTP_COOKIE="django_language=en"), "other copy"),
        ("English by Accept-Language", lambda: environ(HTTP_ACCEPT_LANGUAGE="en"), "other copy"),
        (
            "another page parameter",
            lambda: environ(SEARCH, query="q=kinh+t%E1%BA%BF&trang=2"),
            "other copy",
        ),
    ],
)
def test_a_request_the_cache_must_not_answer_reaches_django(stack, case, env_of, expect):
    _warm(stack, environ)
    _warm(stack, lambda: environ(SEARCH, query="q=kinh+t%E1%BA%BF"))
    calls = len(stack["calls"])
    status, sent, _body = stack["front"](env_of())
    assert len(stack["calls"]) == calls + 1
    if expect == "rendered":  # by the view: only the cache's copies carry an ETag
        assert status == "200 OK" and _header(sent, "ETag") is None
    elif expect == "not the page":
        assert not status.startswith("200")


def test_junk_query_parameters_get_the_page_cached_without_them(stack):
    _warm(stack, lambda: environ(SEARCH, query="q=kinh+t%E1%BA%BF"))
    calls = len(stack["calls"])
    plain = stack["front"](environ(SEARCH, query="q=kinh+t%E1%BA%BF"))
    junk = stack["front"](environ(SEARCH, query="utm_source=x&q=kinh+t%E1%BA%BF&fbclid=1"))
    assert len(stack["calls"]) == calls
    assert junk == plain
    assert "kinh tế" in plain[2].decode()


def test_a_host_no_longer_allowed_gets_djangos_400_even_with_a_stored_copy(stack, settings):
    settings.ALLOWED_HOSTS = ["127.0.0.1", "cu.example"]
    _warm(stack, lambda: environ(HTTP_HOST="cu.example"))
    settings.ALLOWED_HOSTS = ["127.0.0.1"]
    calls = len(stack["calls"])
    status, _sent, _body = stack["front"](environ(HTTP_HOST="cu.example"))
    assert status.startswith("400")
    assert len(stack["calls"]) == calls + 1


def test_a_request_with_too_many_query_fields_gets_djangos_400(stack, settings):
    _warm(stack, lambda: environ(SEARCH, query="q=x"))
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 3
    status, _sent, _body = stack["front"](environ(SEARCH, query="q=x&a=1&b=2&c=3&d=4"))
    assert status.startswith("400")


def _rename(resolution, title: str) -> None:  # type: ignore[no-untyped-def]
    resolution.title = title
    resolution.save()


def test_after_an_edit_in_this_process_the_next_request_gets_the_new_page(stack, portal_demo):
    page = "/nghi-quyet/"
    _warm(stack, lambda: environ(page))
    old_title = portal_demo.resolution.title
    assert old_title in stack["front"](environ(page))[2].decode()
    _rename(portal_demo.resolution, "Nghị quyết đã đổi tên (minh họa)")
    body = stack["front"](environ(page))[2].decode()
    assert "Nghị quyết đã đổi tên (minh họa)" in body
    assert old_title not in body


def test_after_an_edit_in_another_process_the_old_page_goes_once_the_generation_is_read_again(
    stack, portal_demo
):
    from tiendo.counters import store as counters

    page = "/nghi-quyet/"
    _warm(stack, lambda: environ(page))
    trusted = generation.trusted()
    assert trusted is not None
    # Another server's edit: the database moves on, this process has not read it yet.
    _rename(portal_demo.resolution, "Tên mới của nghị quyết (minh họa)")
    generation._memo = (trusted, time.monotonic())
    counters.bump(generation.NAME)
    calls = len(stack["calls"])
    stack["front"](environ(page))  # within the recheck time: the copy in hand
    assert len(stack["calls"]) == calls
    generation._memo = (trusted, time.monotonic() - 61)  # the minute is over
    body = stack["front"](environ(page))[2].decode()
    assert len(stack["calls"]) == calls + 1
    assert "Tên mới của nghị quyết (minh họa)" in body
    assert generation.trusted() > trusted


def test_a_copy_reloaded_from_the_shared_tier_is_answered_by_django_first(stack):
    from tiendo.pagecache import store

    _warm(stack, environ)
    store.memory.clear()
    calls = len(stack["calls"])
    stack["front"](environ())
    stack["front"](environ())
    assert len(stack["calls"]) == calls + 1


def test_nothing_is_answered_in_front_when_the_page_cache_is_off(stack, settings):
    _warm(stack, environ)
    settings.TIENDO_PAGE_CACHE = False
    calls = len(stack["calls"])
    status, sent, _body = stack["front"](environ())
    assert len(stack["calls"]) == calls + 1
    assert status == "200 OK" and _header(sent, "ETag") is None


@pytest.mark.parametrize(
    ("status", "headers", "kept"),
    [
        ("200 OK", [("Content-Type", "text/html")], True),
        ("304 Not Modified", [("ETag", '"a"')], True),
        ("200 OK", [("Set-Cookie", "csrftoken=abc; Path=/")], False),
        ("302 Found", [("Location", "/")], False),
    ],
)
def test_only_a_200_or_304_setting_no_cookie_is_kept(status, headers, kept):
    from django.http import HttpResponse

    from tiendo.pagecache.entry import Entry

    entry = Entry((), b"trang", '"a"')
    found = Note(7, ("page", ("h", "vi", "/"), ""), entry, ("GET", False, False))
    replay.replays.clear()
    _keep(found, status, tuple(headers), HttpResponse(b"trang"))
    wire = replay.lookup(7, found.key, entry, found.variant)
    assert (wire == Wire(status, tuple(headers), b"trang")) == kept
    assert (wire is None) == (not kept)
    replay.replays.clear()


def test_the_served_application_is_the_front_of_django():
    from tiendo.wsgi import application

    assert isinstance(application, PageCacheApplication)
    assert isinstance(application.django_application, WSGIHandler)
