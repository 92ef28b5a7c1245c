"""A clerk's day in a browser: a cumulative quarter typed in another scale of the
target's unit, the conversion and the plausibility warning seen before saving, the
leader's approval, the quarter's report exported with a chosen date and signer, and the
new value read by a citizen on the portal."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.browser

PASSWORD = "mat-khau-thu-nghiem-dai"


def _new_page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="vi-VN")
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.viewport_name = "desktop"
    return context, page


def _log_in(browser, site_url: str, username: str):
    context, page = _new_page(browser)
    page.goto(site_url + "/dang-nhap/")
    page.get_by_label("Tên đăng nhập").fill(username)
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name=re.compile("Đăng nhập")).click()
    page.wait_for_load_state()
    return context, page


def _signed_in_with_second_factor(browser, site_url: str, user):
    """An approver must use a second factor: the test client's session (which passes
    it, see tests/conftest.py) is handed to the browser."""
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    context, page = _new_page(browser)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": site_url}])
    return context, page


def test_clerk_enters_a_cumulative_quarter_the_leader_approves_and_exports_and_a_citizen_reads_it(
    browser, site_url, screenshot, django_user_model
):
    from tiendo.accounts.services import assign_staff_role
    from tiendo.core.models import OrgUnit, Result, Target
    from tiendo.core.models.choices import ReportBasis, ReviewState

    district = OrgUnit.objects.get(name="Huyện Bảo Thắng")
    clerk = django_user_model.objects.create_user(username="van.thu", password=PASSWORD)
    assign_staff_role(clerk, "reporter", org_unit=district)
    leader = django_user_model.objects.create_user(username="lanh.dao", password=PASSWORD)
    assign_staff_role(leader, "approver", org_unit=district)
    trade = Target.objects.get(indicator="Giá trị sản xuất ngành thương mại - dịch vụ")
    trade.report_basis = ReportBasis.CUMULATIVE
    trade.save()

    context, page = _log_in(browser, site_url, "van.thu")
    page.goto(site_url + reverse("workspace:entry"))
    # The sheet opens on the latest period with data (quý I/2022 of the demo).
    assert page.locator("select[name='ky'] option[selected]").inner_text() == "Quý I/2022"
    page.locator("select[name='ky']").select_option(value="2022-Q2")
    page.get_by_role("button", name="Xem").click()
    page.wait_for_load_state()
    row = page.locator("tr", has_text="Giá trị sản xuất ngành thương mại - dịch vụ")
    assert "Số lũy kế từ đầu năm (6 tháng đầu năm 2022)" in row.inner_text()

    row.locator("input.ws-number").fill("6.010.000 triệu đồng")
    page.get_by_role("button", name="Lưu và gửi duyệt").click()
    page.wait_for_load_state()
    row = page.locator("tr", has_text="Giá trị sản xuất ngành thương mại - dịch vụ")
    assert "6.010.000 triệu đồng = 6.010 tỷ đồng" in row.inner_text()
    assert "Chênh lệch lớn so với kỳ trước (950 → 6.010" in row.inner_text()
    screenshot(page, "nhap-so-lieu-quy-doi-va-canh-bao")
    assert not Result.objects.filter(period_to_month=6).exists()

    page.get_by_label("Xác nhận số liệu bất thường").check()
    page.get_by_role("button", name="Lưu và gửi duyệt").click()
    page.wait_for_load_state()
    assert page.get_by_text(re.compile("Đã lưu và gửi duyệt 1 số liệu")).count() >= 1
    saved = Result.objects.get(target=trade, period_to_month=6)
    assert (saved.period_from_month, saved.value) == (1, 6010.0)
    assert saved.review_state == ReviewState.SUBMITTED
    context.close()

    context, page = _signed_in_with_second_factor(browser, site_url, leader)
    page.goto(site_url + reverse("workspace:review"))
    listed = page.locator("tr", has_text="Giá trị sản xuất ngành thương mại - dịch vụ")
    listed.get_by_role("button", name="Duyệt").click()
    page.wait_for_load_state()
    screenshot(page, "duyet-so-lieu")
    saved.refresh_from_db()
    assert saved.review_state == ReviewState.APPROVED

    page.goto(site_url + reverse("reports:download"))
    # A running total to June is reported in the six months' report.
    page.get_by_label("Kỳ báo cáo").select_option(value="2022-H1")
    page.get_by_label("Định dạng").select_option(value="docx")
    page.get_by_label("Ngày ban hành").fill("15/07/2022")
    page.get_by_label("Người ký", exact=True).fill("Nguyễn Văn A")
    page.get_by_label("Chức vụ người ký").fill("PHÓ BÍ THƯ")
    screenshot(page, "xuat-bao-cao")
    with page.expect_download() as download:
        page.get_by_role("button", name="Tải báo cáo").click()
    report = _docx_text(download.value.path())
    assert "Bảo Thắng, ngày 15 tháng 7 năm 2022" in report
    assert "Nguyễn Văn A" in report
    assert "6 tháng đầu năm 2022" in report
    assert "6.010" in report
    context.close()

    context, page = _new_page(browser)
    page.goto(site_url + _portal_target_url(trade))
    assert page.get_by_text(re.compile(r"6\.010 tỷ đồng")).count() >= 1
    screenshot(page, "so-lieu-tren-cong")
    context.close()


def _docx_text(path) -> str:
    from docx import Document

    document = Document(str(path))
    cells = (
        paragraph.text
        for table in document.tables
        for row in table.rows
        for cell in row.cells
        for paragraph in cell.paragraphs
    )
    return "\n".join([*(p.text for p in document.paragraphs), *cells])


def _portal_target_url(target) -> str:
    from tiendo.portal.models import ResolutionIndexPage

    index = ResolutionIndexPage.objects.live().first()
    return f"{index.resolution_url(target.resolution)}chi-tieu/{target.pk}/"
