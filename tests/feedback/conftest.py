"""Fixtures for the feedback tests: a clean cache (the rate limit lives there), a
moderator holding only the feedback permissions, and ready-made items."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.contrib.auth.models import Permission
from django.core.cache import cache


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def valid_post() -> dict[str, str]:
    """A complete submission; "PASSED" is the captcha answer tests accept."""
    return {
        "name": "Trần Thị Bình",
        "email": "binh@example.vn",
        "phone": "0912 345 678",
        "title": "Hỏi về tiến độ làm đường liên xã",
        "content": "Xin hỏi khi nào đường liên xã được sửa?\nCảm ơn.",
        "consent": "on",
        "kiem_tra": "hinh",
        "captcha_0": "khoa-thu",
        "captcha_1": "PASSED",
    }


def _user_with(django_user_model, username: str, codenames: list[str]):
    user = django_user_model.objects.create_user(
        username=username, password="mat-khau-thu-nghiem", is_staff=True
    )
    perms = Permission.objects.filter(
        content_type__app_label__in=["feedback", "wagtailadmin"], codename__in=codenames
    )
    user.user_permissions.set(perms)
    return user


@pytest.fixture
def moderator(db, django_user_model):
    return _user_with(
        django_user_model,
        "kiemduyet",
        ["access_admin", "view_feedback", "moderate_feedback", "answer_feedback"],
    )


@pytest.fixture
def answerer(db, django_user_model):
    """Staff of a unit who may answer but not publish."""
    return _user_with(django_user_model, "traloi", ["access_admin", "answer_feedback"])


@pytest.fixture
def outsider(db, django_user_model):
    """Staff with admin access but no feedback permission."""
    return _user_with(django_user_model, "khongquyen", ["access_admin"])


@pytest.fixture
def unit(db):
    from tiendo.core.models import OrgUnit

    return OrgUnit.objects.create(
        name="Phòng Kinh tế và Hạ tầng", kind=OrgUnit.Kind.DEPARTMENT, slug="phong-kt-ht"
    )


@pytest.fixture
def make_item(db) -> Callable[..., object]:
    from tiendo.feedback.services import submit_feedback

    def make(**overrides):
        fields = {
            "name": "Lê Văn Cường",
            "email": "cuong@example.vn",
            "title": "Câu hỏi về thủy lợi",
            "content": "Kênh mương thôn tôi bị hỏng.",
            "consented": True,
        }
        fields.update(overrides)
        return submit_feedback(**fields)

    return make


@pytest.fixture
def make_published(make_item, moderator) -> Callable[..., object]:
    from tiendo.feedback.services import answer_feedback, publish_feedback

    def make(answer: str = "Đã giao xã sửa chữa trong tháng 5.", **overrides):
        item = make_item(**overrides)
        item = answer_feedback(item, answer, by=moderator)
        return publish_feedback(item, by=moderator)

    return make
