from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.base import ContentFile


@pytest.fixture
def decision(portal_demo):
    from tiendo.core.models import Document

    return Document.objects.create(
        kind=Document.Kind.OTHER,
        doc_type="Quyết định",
        number="123/QĐ-UBND",
        title="Về việc giao chỉ tiêu thu ngân sách năm 2023 (minh họa)",
        slug="qd-123-2023",
        issuer_name="Ủy ban nhân dân huyện Bảo Thắng",
        signer="Chủ tịch (minh họa)",
        issued_on=dt.date(2023, 1, 5),
        is_illustrative=True,
    )


def test_document_list_filters_by_type_issuer_and_year(decision, client):
    by_type = client.get("/van-ban/", {"loai": "Quyết định"}).content.decode()
    assert decision.number in by_type and "15-NQ/HU" not in by_type
    by_year = client.get("/van-ban/", {"nam": "2021"}).content.decode()
    assert "15-NQ/HU" in by_year and decision.number not in by_year
    by_issuer = client.get("/van-ban/", {"co-quan": decision.issuer_name}).content.decode()
    assert decision.number in by_issuer and "15-NQ/HU" not in by_issuer


def test_document_page_shows_number_summary_signer_and_dates(decision, client):
    html = client.get(f"/van-ban/{decision.slug}/").content.decode()
    for text in (decision.number, decision.title, decision.signer, "05/01/2023"):
        assert text in html


def test_download_serves_the_file_through_django(decision, client):
    decision.file.save("qd-123.txt", ContentFile("Nội dung quyết định".encode()), save=True)
    response = client.get(f"/van-ban/{decision.slug}/tai-ve/")
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    assert b"".join(response.streaming_content).decode() == "Nội dung quyết định"


def test_download_without_a_file_gives_the_full_text(portal_demo, client):
    document = portal_demo.resolution_document
    response = client.get(f"/van-ban/{document.slug}/tai-ve/")
    assert response["Content-Disposition"].startswith("attachment")
    assert response.content.decode() == document.text


def test_documents_that_are_not_public_cannot_be_read_or_downloaded(decision, client):
    decision.is_public = False
    decision.save()
    assert client.get(f"/van-ban/{decision.slug}/").status_code == 404
    assert client.get(f"/van-ban/{decision.slug}/tai-ve/").status_code == 404
    assert decision.number not in client.get("/van-ban/").content.decode()
