"""A reader's and a clerk's paths through the portal, in a real browser."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser


def test_reader_sees_the_district_news_and_progress_on_the_home_page(
    site_url, browser_page, screenshot
):
    browser_page.goto(site_url + "/")
    assert "Bảo Thắng" in browser_page.title()
    assert browser_page.get_by_role("heading", name="Tin mới").is_visible()
    assert browser_page.get_by_role("heading", name="Tiến độ thực hiện nghị quyết").is_visible()
    # The skip link is the first stop of the keyboard and leads to the content.
    browser_page.keyboard.press("Tab")
    skip = browser_page.get_by_role("link", name="Bỏ qua, đến nội dung chính")
    assert skip.evaluate("element => element === document.activeElement")
    screenshot(browser_page, "trang-chu")


def test_reader_opens_an_article_from_the_news_list(site_url, browser_page, screenshot):
    browser_page.goto(site_url + "/tin-tuc/")
    browser_page.get_by_role("link", name=re.compile("kết quả quý I năm 2022")).first.click()
    browser_page.wait_for_url(re.compile(r"/tin-tuc/bao-thang-ket-qua-quy-i-2022/$"))
    assert browser_page.get_by_role("heading", level=1).inner_text().startswith("Bảo Thắng")
    assert browser_page.locator("mark.so-lieu").count() == 4
    screenshot(browser_page, "bai-viet")


def test_reader_searches_without_diacritics(site_url, browser_page, screenshot):
    browser_page.goto(site_url + "/")
    browser_page.get_by_label("Tìm kiếm trên cổng").fill("bao thang quy i")
    browser_page.get_by_label("Tìm kiếm trên cổng").press("Enter")
    browser_page.wait_for_url(re.compile(r"/tim-kiem/\?q="))
    result = browser_page.get_by_role("link", name=re.compile("Bảo Thắng: kết quả quý I"))
    assert result.is_visible()
    screenshot(browser_page, "tim-kiem")


def test_reader_follows_a_value_to_its_sentence(site_url, browser_page, screenshot):
    browser_page.goto(site_url + "/nghi-quyet/")
    browser_page.get_by_role("link", name="Nghị quyết 15-NQ/HU").first.click()
    screenshot(browser_page, "nghi-quyet")
    browser_page.get_by_role("link", name=re.compile("Tổng thu ngân sách")).click()
    assert browser_page.locator("svg.bieu-do-chuoi").is_visible()
    screenshot(browser_page, "chi-tieu")
    browser_page.get_by_role("link", name=re.compile("Xem câu gốc trong bài")).first.click()
    browser_page.wait_for_url(re.compile(r"#so-lieu-\d+$"))
    anchor = browser_page.url.rsplit("#", 1)[1]
    assert "123,4 tỷ đồng" in browser_page.locator(f"#{anchor}").inner_text()


def _page_exists(page, url: str) -> bool:
    response = page.request.get(url)
    return response.status == 200


def test_citizen_sends_feedback(site_url, phone_page, screenshot):
    if not _page_exists(phone_page, site_url + "/gop-y/"):
        pytest.skip("the feedback form (/gop-y/) is not served yet")
    phone_page.goto(site_url + "/gop-y/")
    phone_page.get_by_label("Họ tên").fill("Nguyễn Văn An")
    phone_page.get_by_label("Tiêu đề").fill("Đèn đường thôn Bản Cầm")
    phone_page.get_by_label("Nội dung").fill("Đề nghị sửa đèn đường ở đầu thôn (minh họa).")
    # The form asks for a way to send the answer back when it offers one.
    email = phone_page.get_by_label("Thư điện tử")
    if email.count():
        email.fill("an.nguyen@example.vn")
    phone_page.get_by_label("Mã kiểm tra").fill("PASSED")
    phone_page.get_by_role("checkbox").check()
    screenshot(phone_page, "gop-y")
    phone_page.get_by_role("button", name=re.compile("Gửi")).click()
    phone_page.wait_for_load_state()
    assert phone_page.get_by_role("heading", name=re.compile("Cảm ơn")).is_visible()
    screenshot(phone_page, "gop-y-da-gui")


def test_staff_member_logs_in(site_url, phone_page, screenshot, django_user_model):
    if not _page_exists(phone_page, site_url + "/dang-nhap/"):
        pytest.skip("the login page (/dang-nhap/) is not served yet")
    django_user_model.objects.create_user(
        username="kiemthu.trinhduyet",
        password="mat-khau-thu-nghiem-dai",
        is_staff=True,
        is_superuser=True,
    )
    phone_page.goto(site_url + "/dang-nhap/")
    phone_page.get_by_label("Tên đăng nhập").fill("kiemthu.trinhduyet")
    phone_page.get_by_label("Mật khẩu").fill("mat-khau-thu-nghiem-dai")
    screenshot(phone_page, "dang-nhap")
    phone_page.get_by_role("button", name=re.compile("Đăng nhập")).click()
    phone_page.wait_for_load_state()
    assert "/dang-nhap/" not in phone_page.url
