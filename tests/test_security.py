"""Site-wide security: headers on every public page, HSTS behind HTTPS, CSRF on the
login form, no reflected markup, and the upload policy."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings
from django.urls import URLPattern, URLResolver, get_resolver
from wagtail.documents import get_document_model
from wagtail.models import Collection

pytestmark = pytest.mark.django_db

# Prefixes that are not public pages: the admin (staff only) and captcha images.
NOT_PUBLIC = ("quan-tri/", "admin/", "captcha/")


def _plain_paths(patterns: list, prefix: str = "", own: bool = False) -> list[str]:
    """Argument-free paths served by tiendo's own url modules."""
    paths = []
    for entry in patterns:
        route = str(entry.pattern)
        if isinstance(entry, URLResolver):
            module = getattr(entry.urlconf_module, "__name__", "")
            paths += _plain_paths(entry.url_patterns, prefix + route, module.startswith("tiendo"))
        elif isinstance(entry, URLPattern) and own and "<" not in route and "^" not in route:
            paths.append("/" + prefix + route)
    return paths


def public_paths() -> list[str]:
    found = _plain_paths(get_resolver().url_patterns)
    paths = {"/", "/trang-khong-ton-tai/", *found}
    return sorted(p for p in paths if not p.lstrip("/").startswith(NOT_PUBLIC))


def _header_problems(response) -> list[str]:
    problems = []
    csp = response.get("Content-Security-Policy", "")
    if "frame-ancestors 'none'" not in csp:
        problems.append(f"CSP without frame-ancestors 'none': {csp!r}")
    script_src = next((d for d in csp.split(";") if d.strip().startswith("script-src")), "")
    if "unsafe-inline" in script_src:
        problems.append("script-src allows inline scripts")
    expected = {
        "X-Frame-Options": "DENY",
        "X-Content-Type-Options": "nosniff",
    }
    for header, value in expected.items():
        if response.get(header) != value:
            problems.append(f"{header}: {response.get(header)!r}")
    if not response.get("Referrer-Policy"):
        problems.append("no Referrer-Policy")
    return problems


def test_the_public_pages_include_the_portal_login_and_feedback():
    paths = public_paths()
    assert {"/", "/dang-nhap/"} <= set(paths)
    assert not [p for p in paths if p.startswith("/quan-tri/")]


@pytest.mark.parametrize("path", public_paths())
def test_every_public_page_sends_the_security_headers(path):
    response = Client(raise_request_exception=False).get(path)
    assert _header_problems(response) == [], f"{path} -> {response.status_code}"


def test_the_lockout_page_sends_the_security_headers_too():
    client = Client()
    for n in range(6):
        response = client.post("/dang-nhap/", {"username": "ai-do", "password": f"sai-{n}"})
    assert response.status_code == 429
    assert _header_problems(response) == []


def test_no_hsts_over_plain_http_by_default():
    response = Client().get("/dang-nhap/")
    assert "Strict-Transport-Security" not in response


def test_hsts_is_sent_on_secure_requests_when_https_is_on():
    with override_settings(SECURE_HSTS_SECONDS=31_536_000, SECURE_HSTS_INCLUDE_SUBDOMAINS=True):
        response = Client().get("/dang-nhap/", secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"


def test_https_mode_turns_on_hsts_secure_cookies_and_redirects():
    """TIENDO_HTTPS=1 in a fresh interpreter, since settings are read once at start."""
    code = (
        "import json, tiendo.settings as s; print(json.dumps([s.SECURE_HSTS_SECONDS, "
        "s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT, "
        "s.SECURE_PROXY_SSL_HEADER]))"
    )
    env = {"TIENDO_HTTPS": "1", "SECRET_KEY": "kiem-tra", "PATH": ""}
    from django.conf import settings

    env["TIENDO_DATA_DIR"] = str(settings.DATA_DIR)
    output = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout
    hsts, session_secure, csrf_secure, redirect, proxy_header = json.loads(output)
    assert hsts >= 31_536_000
    assert session_secure and csrf_secure and redirect
    assert proxy_header == ["HTTP_X_FORWARDED_PROTO", "https"]


def test_login_form_refuses_a_post_without_csrf_token():
    get_user_model().objects.create_user("canbo", password="Ke-hoach-2022!")
    client = Client(enforce_csrf_checks=True)
    response = client.post("/dang-nhap/", {"username": "canbo", "password": "Ke-hoach-2022!"})
    assert response.status_code == 403
    assert "_auth_user_id" not in client.session


def test_login_form_accepts_a_post_with_the_csrf_token_from_the_page():
    get_user_model().objects.create_user("canbo", password="Ke-hoach-2022!")
    client = Client(enforce_csrf_checks=True)
    client.get("/dang-nhap/")
    token = client.cookies["csrftoken"].value
    response = client.post(
        "/dang-nhap/",
        {"username": "canbo", "password": "Ke-hoach-2022!", "csrfmiddlewaretoken": token},
    )
    assert response.status_code == 302


@pytest.mark.parametrize(
    "hostile",
    ['<script>alert("x")</script>', '"><img src=x onerror=alert(1)>', "</title><svg onload=1>"],
)
def test_login_page_never_reflects_raw_html(hostile):
    client = Client()
    posted = client.post(
        "/dang-nhap/?next=/quan-tri/" + hostile, {"username": hostile, "password": "sai"}
    ).content.decode()
    linked = client.get("/dang-nhap/", {"next": "/quan-tri/" + hostile}).content.decode()
    for html in (posted, linked):
        assert hostile not in html
        for live_markup in ("<script>alert", "<img src=x", "<svg onload"):
            assert live_markup not in html


@pytest.fixture
def editor_client():
    user = get_user_model().objects.create_superuser("bientap-test", password="x")
    client = Client()
    client.force_login(user)
    return client


def _upload(client: Client, name: str, content: bytes):
    return client.post(
        "/quan-tri/documents/add/",
        {
            "title": "Tài liệu kiểm tra",
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
        },
    )


@pytest.mark.parametrize("name", ["chay-thu.exe", "trang.svg", "ma.js", "tap-lenh.sh"])
def test_documents_of_unlisted_types_are_refused(editor_client, name):
    response = _upload(editor_client, name, b"MZ\x00noi dung")
    assert response.status_code == 200
    assert not get_document_model().objects.exists()


def test_documents_over_the_size_limit_are_refused(editor_client, settings):
    too_big = b"0" * (settings.WAGTAILDOCS_MAX_UPLOAD_SIZE + 1)
    response = _upload(editor_client, "bao-cao.txt", too_big)
    assert response.status_code == 200
    assert not get_document_model().objects.exists()


def test_uploaded_html_is_downloaded_not_rendered_in_the_site(editor_client):
    response = _upload(editor_client, "tin.html", b"<script>alert(1)</script>")
    assert response.status_code == 302
    document = get_document_model().objects.get()
    served = Client().get(document.url)
    assert served.status_code == 200
    assert served["Content-Disposition"].startswith("attachment")
    assert served["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'none'" in served["Content-Security-Policy"]


def test_request_bodies_over_the_limit_are_refused(settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024
    response = Client(raise_request_exception=False).post(
        "/dang-nhap/", {"username": "x" * 2048, "password": "y"}
    )
    assert response.status_code == 400


def test_every_live_portal_page_of_the_demo_sends_the_security_headers():
    from wagtail.models import Page

    from tiendo.core.demo import load_demo

    load_demo()
    client = Client(raise_request_exception=False)
    urls = {page.url for page in Page.objects.live().public().specific() if page.url}
    assert len(urls) > 1
    problems = {url: _header_problems(client.get(url)) for url in sorted(urls)}
    assert {url: found for url, found in problems.items() if found} == {}
