from __future__ import annotations

import pytest
from django.test import Client

from tiendo.reports.services import FILE_FORMATS


@pytest.fixture
def admin_client(province_admin) -> Client:
    client = Client()
    client.force_login(province_admin)
    return client


def test_report_page_shows_the_form(admin_client, core_demo):
    response = admin_client.get("/quan-tri/bao-cao/")
    assert response.status_code == 200
    assert "Tải báo cáo" in response.content.decode()


@pytest.mark.parametrize("file_format", ["docx", "xlsx"])
def test_report_page_downloads_the_file(admin_client, core_demo, file_format):
    response = admin_client.get(
        "/quan-tri/bao-cao/",
        {
            "resolution": core_demo.resolution.pk,
            "period": "2022-Q1",
            "file_format": file_format,
            "style": "party",
            "number": "15-BC/HU",
            "report_date": "15/04/2022",
        },
    )
    assert response.status_code == 200
    assert response["Content-Type"] == FILE_FORMATS[file_format]
    assert f'.{file_format}"' in response["Content-Disposition"]


def test_a_bad_period_is_shown_on_the_form(admin_client, core_demo):
    response = admin_client.get(
        "/quan-tri/bao-cao/",
        {
            "resolution": core_demo.resolution.pk,
            "period": "quý 1",
            "file_format": "docx",
            "style": "party",
        },
    )
    assert response.status_code == 200
    assert "Kỳ không hợp lệ" in response.content.decode()


def test_staff_without_permission_cannot_download(core_demo, django_user_model):
    user = django_user_model.objects.create_user(username="khach", password="x", is_staff=True)
    client = Client()
    client.force_login(user)
    response = client.get("/quan-tri/bao-cao/")
    assert response.status_code in (302, 403)


def test_the_report_period_is_chosen_from_the_same_list_opening_on_the_latest_data(
    admin_client, core_demo
):
    html = admin_client.get("/quan-tri/bao-cao/").content.decode()
    assert '<option value="2022-Q1" selected>Quý I/2022</option>' in html
    assert '<option value="2022-H1">6 tháng/2022</option>' in html


def test_the_export_screen_signs_and_dates_the_report_as_chosen(admin_client, core_demo):
    import io

    from docx import Document

    response = admin_client.get(
        "/quan-tri/bao-cao/",
        {
            "resolution": core_demo.resolution.pk,
            "period": "2022-Q1",
            "file_format": "docx",
            "style": "party",
            "report_date": "15/04/2022",
            "signer": "Nguyễn Văn A",
            "signer_title": "PHÓ BÍ THƯ",
        },
    )
    doc = Document(io.BytesIO(response.content))
    header = [p.text for cell in doc.tables[0].rows[0].cells for p in cell.paragraphs]
    signature = [p.text for p in doc.tables[1].rows[0].cells[1].paragraphs if p.text]
    assert "Bảo Thắng, ngày 15 tháng 4 năm 2022" in header
    assert signature == ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Văn A"]
