"""Probes an attacker would try, kept as tests: markup in every field shown back, SQL in
every filter, forged cross-site posts, redirects off the site, paths out of the data
folder, and error pages that tell nothing with DEBUG off."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import path

from tiendo.feedback.models import Feedback

pytestmark = pytest.mark.django_db

XSS = '<script>alert("xss")</script>"><img src=x onerror=alert(1)>'
ESCAPED = "&lt;script&gt;alert("
RAW_MARKUP = ("<script>alert", "<img src=x", "onerror=alert(1)>")
SQL = [
    "' OR '1'='1",
    "1; DROP TABLE core_target; --",
    "%' UNION SELECT username, password FROM auth_user --",
    '") OR 1=1 --',
    "2022-Q1' AND SLEEP(5) --",
]
SQL_ERRORS = re.compile(r"syntax error|sqlite3|psycopg|OperationalError|ProgrammingError", re.I)


def _no_raw_markup(page: str) -> list[str]:
    return [fragment for fragment in RAW_MARKUP if fragment in page]


@pytest.fixture
def anonymous() -> Client:
    return Client(raise_request_exception=False)


@pytest.fixture
def valid_post() -> dict[str, str]:
    return {
        "name": "Nguyễn Văn An",
        "email": "an@example.vn",
        "title": "Đường liên xã",
        "content": "Xin hỏi tiến độ làm đường.",
        "consent": "on",
        "captcha_0": "khoa-thu",
        "captcha_1": "PASSED",
    }


@pytest.fixture
def moderator(django_user_model):
    from tiendo.accounts.services import assign_staff_role

    user = django_user_model.objects.create_user("kiemduyet.tham-do", password="x", is_staff=True)
    assign_staff_role(user, "moderator")
    return user


@pytest.fixture
def make_item():
    from tiendo.feedback.services import submit_feedback

    def make(**fields):
        defaults = {"name": "Lê Văn Cường", "email": "cuong@example.vn", "consented": True}
        defaults.update({"title": "Thủy lợi", "content": "Kênh mương hỏng."})
        return submit_feedback(**{**defaults, **fields})

    return make


@pytest.fixture
def make_published(make_item, moderator):
    from tiendo.feedback.services import answer_feedback, publish_feedback

    def make(answer: str, **fields):
        item = answer_feedback(make_item(**fields), answer, by=moderator)
        return publish_feedback(item, by=moderator)

    return make


# Cross-site scripting: everything a visitor typed comes back escaped ---------------


def test_feedback_typed_back_after_an_error_is_escaped(anonymous, valid_post):
    post = {
        **valid_post,
        "name": XSS,
        "title": XSS,
        "content": XSS,
        "phone": XSS,
        "email": XSS,
        "captcha_1": "",
    }
    page = anonymous.post("/gop-y/", post).content.decode()
    assert _no_raw_markup(page) == []
    assert ESCAPED in page  # shown back, as text
    assert Feedback.objects.count() == 0


def test_published_questions_and_answers_are_escaped(anonymous, make_published):
    make_published(answer=XSS, name=XSS, title=XSS, content=XSS)
    listing = anonymous.get("/hoi-dap/").content.decode()
    item = Feedback.objects.get()
    detail = anonymous.get(f"/hoi-dap/{item.pk}/").content.decode()
    assert _no_raw_markup(listing) == []
    assert _no_raw_markup(detail) == []
    assert ESCAPED in detail


@pytest.mark.parametrize(
    "url",
    [
        "/tim-kiem/?q={}",
        "/hoi-dap/?q={}",
        "/dang-nhap/?next={}",
        "/gop-y/?kiem_tra={}",
        "/van-ban/?loai={}&co-quan={}&nam={}",
        "/tin-tuc/?chuyen-muc={}",
    ],
)
def test_query_strings_are_not_reflected_as_markup(anonymous, demo, url):
    from urllib.parse import quote

    page = anonymous.get(url.replace("{}", quote(XSS))).content.decode()
    assert _no_raw_markup(page) == []


def test_the_user_name_typed_at_login_comes_back_escaped(anonymous):
    page = anonymous.post("/dang-nhap/", {"username": XSS, "password": "x"}).content.decode()
    assert _no_raw_markup(page) == []


def test_feedback_on_the_moderation_screen_is_escaped(make_item, moderator):
    item = make_item(name=XSS, title=XSS, content=XSS)
    client = Client()
    client.force_login(moderator)
    response = client.get(f"/quan-tri/gop-y/edit/{item.pk}/")
    page = response.content.decode()
    assert response.status_code == 200
    assert _no_raw_markup(page) == []
    assert ESCAPED in page


# SQL injection: every filter takes text as data ------------------------------------


def _filter_urls(demo) -> list[str]:
    from tiendo.core.models import Target

    target = Target.objects.filter(resolution=demo.resolution).first()
    slug = demo.resolution.slug
    return [
        "/tim-kiem/?q={}",
        "/tim-kiem/?q=bao&trang={}",
        "/hoi-dap/?q={}",
        "/hoi-dap/?trang={}",
        "/van-ban/?loai={}",
        "/van-ban/?co-quan={}",
        "/van-ban/?nam={}",
        "/tin-tuc/?chuyen-muc={}",
        "/tin-tuc/?trang={}",
        f"/api/targets/{target.pk}/results?period={{}}",
        f"/api/targets/{target.pk}/results?unit={{}}",
        f"/api/resolutions/{slug}/progress?period={{}}",
        f"/api/resolutions/{slug}/targets.csv?period={{}}",
    ]


def test_sql_in_every_filter_is_only_text(anonymous, demo):
    from urllib.parse import quote

    from tiendo.core.models import Target

    targets = Target.objects.count()
    problems = []
    for url in _filter_urls(demo):
        for payload in SQL:
            response = anonymous.get(url.replace("{}", quote(payload)))
            body = response.content.decode("utf-8", "replace")
            if response.status_code >= 500 or SQL_ERRORS.search(body):
                problems.append((url, payload, response.status_code))
    assert problems == []
    assert Target.objects.count() == targets


# Cross-site request forgery --------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    ["/dang-nhap/", "/gop-y/", "/dang-xuat/", "/tai-khoan/xac-thuc-hai-buoc/bat-dau/"],
)
def test_a_post_without_the_csrf_token_is_refused(path, valid_post, django_user_model):
    client = Client(enforce_csrf_checks=True)
    user = django_user_model.objects.create_user("canbo.csrf", password="x", is_staff=True)
    client.force_login(user)
    response = client.post(path, valid_post)
    assert response.status_code == 403


# Open redirects --------------------------------------------------------------------

HOSTILE = [
    "https://evil.example/",
    "//evil.example/",
    "/\\evil.example/",
    "https:evil.example",
    "javascript:alert(1)",
    "\thttps://evil.example",
]


@pytest.mark.parametrize("target", HOSTILE)
def test_login_never_sends_anyone_off_the_site(target, django_user_model):
    django_user_model.objects.create_user("canbo.redirect", password="Mat-khau-2026!")
    response = Client().post(
        "/dang-nhap/", {"username": "canbo.redirect", "password": "Mat-khau-2026!", "next": target}
    )
    assert response.status_code == 302
    assert response.url == "/quan-tri/"


@pytest.mark.parametrize("target", HOSTILE)
def test_enrolment_never_sends_anyone_off_the_site(target, django_user_model):
    from django_otp.oath import totp

    from tiendo.accounts import two_factor

    admin = django_user_model.objects.create_superuser("quantri.redirect", password="x")
    client = Client()
    client.force_login(admin, verified=False)
    page = client.get("/tai-khoan/xac-thuc-hai-buoc/", {"next": target}).content.decode()
    assert "evil.example" not in page
    device = two_factor.pending_device(admin)
    code = f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"
    codes = client.post("/tai-khoan/xac-thuc-hai-buoc/xac-nhan/", {"code": code, "next": target})
    continue_link = re.search(r'<a href="([^"]*)">Tôi đã lưu', codes.content.decode()).group(1)
    assert continue_link.startswith("/") and not continue_link.startswith("//")
    assert "evil" not in continue_link


# Path traversal --------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/static/../../secret_key",
        "/static/..%2f..%2fsecret_key",
        "/media/../secret_key",
        "/tai-lieu/1/..%2f..%2fsecret_key",
        "/gop-y/ma-kiem-tra/..%2f..%2fsecret_key/nghe/",
        "/tai-lieu/../../../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
    ],
)
def test_no_path_reaches_files_outside_what_is_published(anonymous, path, settings):
    secret = (settings.DATA_DIR / "secret_key").read_text(encoding="ascii").strip()
    response = anonymous.get(path)
    body = b"".join(response) if response.streaming else response.content
    assert response.status_code in (301, 302, 400, 404)
    assert secret.encode() not in body
    assert b"root:x:0:0" not in body


# Error pages with DEBUG off --------------------------------------------------------


def test_a_missing_page_says_so_in_vietnamese_and_nothing_more(anonymous, settings):
    settings.DEBUG = False
    response = anonymous.get("/khong-ton-tai/?q=<b>")
    page = response.content.decode()
    assert response.status_code == 404
    assert "Không tìm thấy" in page
    assert "Traceback" not in page and "urlpatterns" not in page and "<b>" not in page


def _broken_view(request):
    raise RuntimeError("SECRET_KEY=lo-ra")


urlpatterns = [path("hong/", _broken_view)]


@pytest.mark.urls(__name__)
def test_a_server_error_shows_no_traceback_or_settings(anonymous, settings):
    settings.DEBUG = False
    response = anonymous.get("/hong/")
    page = response.content.decode()
    assert response.status_code == 500
    assert "Traceback" not in page and "lo-ra" not in page and "SECRET_KEY" not in page


def test_the_server_error_page_is_plain_and_vietnamese(anonymous, settings):
    from django.test import RequestFactory
    from django.views.defaults import server_error

    settings.DEBUG = False
    response = server_error(RequestFactory().get("/"))
    page = response.content.decode()
    assert response.status_code == 500
    assert 'lang="vi"' in page
    assert "Traceback" not in page and "SECRET_KEY" not in page
