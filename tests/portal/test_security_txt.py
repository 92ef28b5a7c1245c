"""/.well-known/security.txt: the incident contact Tín Nhiệm Mạng asks a portal to give."""

from __future__ import annotations

from datetime import date

import pytest

from tiendo.portal.security_txt import security_txt


def test_the_file_names_the_agency_and_expires_within_a_year() -> None:
    text = security_txt("https://xa.example.vn", "vanphong@xa.example.vn", date(2026, 1, 31))
    assert "Contact: mailto:vanphong@xa.example.vn\n" in text
    assert "Expires: 2027-01-31T00:00:00.000Z\n" in text
    assert text.endswith("Policy: https://xa.example.vn/chinh-sach-bao-mat/\n")


def test_without_an_email_the_about_page_is_the_contact() -> None:
    text = security_txt("https://xa.example.vn", "", date(2026, 1, 31))
    assert text.startswith("Contact: https://xa.example.vn/gioi-thieu/\n")


@pytest.mark.django_db
def test_the_portal_serves_it_with_the_contact_from_its_settings(client, settings) -> None:
    settings.TIENDO_SECURITY_CONTACT = "an-toan@tinh.example.vn"
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Contact: mailto:an-toan@tinh.example.vn" in response.content.decode()
