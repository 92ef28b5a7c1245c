"""A clerk uploads a 5-page scan on the import screen, watches the pages being read, and
accepts a figure after checking it against its line, highlighted on the page image."""

from __future__ import annotations

import re
import threading

import pytest
from django.test import override_settings
from django.urls import reverse
from django_tasks.backends.immediate import ImmediateBackend

from tests.documents.ocr import needs_font, needs_tesseract
from tests.documents.scans import Damage, as_pdf, spoil, typeset

pytestmark = [pytest.mark.browser, needs_tesseract, needs_font]

PAGES = [
    "Báo cáo kết quả thực hiện nhiệm vụ năm 2022 của huyện Bảo Thắng.",
    "Thu ngân sách nhà nước trên địa bàn năm 2022 đạt 685,6 tỷ đồng, bằng 112% dự toán.",
    "Công tác văn hóa, xã hội tiếp tục được quan tâm chỉ đạo thực hiện.",
    "Tỷ lệ hộ nghèo năm 2022 giảm còn 4,5%.",
    "Huyện tiếp tục chỉ đạo thực hiện các nhiệm vụ trọng tâm năm 2023.",
]
THREADED = {"default": {"BACKEND": f"{__name__}.ThreadedBackend"}}


class ThreadedBackend(ImmediateBackend):
    """Runs each task in a thread of its own, as a worker process would beside the server.

    The database worker itself is tested in tests/workspace; here it would share the
    in-memory test database with the live server, whose table locks SQLite does not
    wait for. Reading a scan writes nothing to the database, so a thread is enough.
    """

    def enqueue(self, task, args, kwargs):  # type: ignore[no-untyped-def]
        run = ImmediateBackend.enqueue
        threading.Thread(target=run, args=(self, task, args, kwargs), daemon=True).start()


def test_clerk_uploads_a_five_page_scan_and_accepts_a_figure_checked_on_the_page_image(
    browser, site_url, screenshot, django_user_model, tmp_path
):
    from tiendo.accounts.services import assign_staff_role
    from tiendo.core.models import OrgUnit

    # A reporter of the district (administrators must enrol a second factor first).
    clerk = django_user_model.objects.create_user(
        username="van.thu", password="mat-khau-thu-nghiem-dai", is_staff=True
    )
    assign_staff_role(clerk, "reporter", org_unit=OrgUnit.objects.get(name="Huyện Bảo Thắng"))
    scan = tmp_path / "bao-cao-5-trang.pdf"
    images = [
        spoil(typeset([text]), Damage(skew=0.5, blur=0.4, seed=i)) for i, text in enumerate(PAGES)
    ]
    scan.write_bytes(as_pdf(images))

    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="vi-VN")
    page = context.new_page()
    page.set_default_timeout(120_000)
    page.viewport_name = "desktop"
    with override_settings(TASKS=THREADED):
        page.goto(site_url + "/dang-nhap/")
        page.get_by_label("Tên đăng nhập").fill("van.thu")
        page.get_by_label("Mật khẩu").fill("mat-khau-thu-nghiem-dai")
        page.get_by_role("button", name=re.compile("Đăng nhập")).click()
        page.wait_for_load_state()

        page.goto(site_url + reverse("workspace:import"))
        page.get_by_label("Tệp văn bản").set_input_files(str(scan))
        page.get_by_role("button", name="Đọc số liệu").click()
        page.locator("progress#tien-do-doc").wait_for()
        page.wait_for_function(
            "() => { const bar = document.querySelector('progress#tien-do-doc');"
            " return bar && bar.max == 5 && bar.value >= 1 && bar.value < 5; }"
        )
        screenshot(page, "nhap-van-ban-quet-dang-doc")
        page.locator("section[aria-label='Trang văn bản quét']").wait_for()

    row = page.locator("tr[id^='so-lieu-']", has_text="685,6").first
    number = (row.get_attribute("id") or "").removeprefix("so-lieu-")
    box = page.locator(f"rect#dong-{number}.ws-line-box")
    assert box.count() == 1
    assert page.locator("#trang-2").locator(f"rect#dong-{number}").count() == 1
    row.hover()
    assert "ws-line-box--active" in (box.get_attribute("class") or "")
    screenshot(page, "nhap-van-ban-quet-doi-chieu")

    row.get_by_label("Nhận").check()
    target = row.get_by_label("Chỉ tiêu")
    budget = target.locator("option", has_text="Thu ngân sách").first
    target.select_option(value=budget.get_attribute("value"))
    row.get_by_label("Kỳ").select_option(value="2022")
    for other in page.locator("tr[id^='so-lieu-']").all():
        if other.get_attribute("id") != f"so-lieu-{number}":
            other.get_by_label("Bỏ qua").check()
    page.get_by_role("button", name="Lưu các số liệu đã nhận").click()
    page.wait_for_load_state()
    screenshot(page, "nhap-van-ban-quet-da-luu")
    problems = page.locator(".error-message, .messages").all_inner_texts()
    assert page.get_by_text(re.compile("Đã lưu văn bản")).count() >= 1, problems
    context.close()
