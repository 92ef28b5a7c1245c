from __future__ import annotations

import pytest
from django.test import RequestFactory

from tiendo.accounts.redirects import safe_next_url


@pytest.mark.parametrize(
    ("candidate", "expected"),
    [
        ("/quan-tri/pages/", "/quan-tri/pages/"),
        ("/cong-viec/so-lieu/?ky=2022-Q1", "/cong-viec/so-lieu/?ky=2022-Q1"),
        ("http://testserver/quan-tri/", "http://testserver/quan-tri/"),
        ("https://evil.example/", "/quan-tri/"),
        ("//evil.example/", "/quan-tri/"),
        ("/\\evil.example", "/quan-tri/"),
        ("javascript:alert(1)", "/quan-tri/"),
        ("", "/quan-tri/"),
        (None, "/quan-tri/"),
    ],
)
def test_only_addresses_on_this_site_are_followed(candidate, expected):
    request = RequestFactory().get("/dang-nhap/")
    assert safe_next_url(request, candidate) == expected
