"""Each role's dashboard in a browser, in Vietnamese, on a 390 px phone and a desktop:
its panels are there, an item opens the screen where it is dealt with, and the admin's
own words are not English. With TIENDO_GUIDE_SCREENSHOTS=1 the screenshots go to
docs/huong-dan/anh/, where the clerk's guide shows them."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser

# Words of Wagtail's English interface that a Vietnamese sidebar must not show.
ENGLISH = re.compile(r"\b(?:Dashboard|Pages|Images|Documents|Reports|Settings|Help|Search)\b")

ROLES = {
    # role: (demo user, panel headings, the link clicked, the path it must open)
    "reporter": ("nhaplieu", ["Số liệu cần gửi", "Số liệu bị trả lại, cần sửa"],
                 "bi-tra-lai", "/quan-tri/so-lieu/nhap/"),
    "approver": ("pheduyet", ["Số liệu chờ phê duyệt", "Chỉ tiêu chậm tiến độ"],
                 "cho-phe-duyet", "/quan-tri/so-lieu/duyet/"),
    "editor": ("bientap", ["Trang đang là bản nháp"], "ban-nhap", "/quan-tri/pages/"),
    "moderator": ("kiemduyet", ["Góp ý chờ trả lời"], "gop-y-cho-tra-loi", "/quan-tri/gop-y/"),
    "admin": ("admin", ["Số liệu chờ phê duyệt", "Trang đang là bản nháp", "Góp ý chờ trả lời"],
              "gop-y-cho-tra-loi", "/quan-tri/gop-y/"),
}  # fmt: skip


def _work_waiting(demo_unit) -> None:
    """Something in every panel: a returned and a submitted value, a draft, a message."""
    from wagtail.models import Page

    from tiendo.core.models import Result
    from tiendo.core.models.choices import ReviewState
    from tiendo.feedback.services import submit_feedback

    results = list(Result.objects.filter(org_unit=demo_unit)[:2])
    results[0].review_state, results[0].review_comment = (
        ReviewState.RETURNED,
        "Chưa khớp số liệu Kho bạc",
    )
    results[1].review_state = ReviewState.SUBMITTED
    for result in results:
        result.save()
    article = Page.objects.get(slug="tin-tuc").get_children().first().specific
    article.title = f"{article.title} (bản sửa)"
    article.save_revision()
    submit_feedback(name="Lê Văn An", title="Hỏi về sửa đường liên xã", content="Khi nào sửa?",
                    email="an@example.vn", consented=True)  # fmt: skip


@pytest.mark.parametrize("role", list(ROLES))
def test_each_role_opens_its_dashboard_in_vietnamese_and_reaches_its_work_in_one_click(
    browser_page, site_url, screenshot, role
):
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.test import Client

    from tiendo.core.models import OrgUnit

    username, headings, panel, target_path = ROLES[role]
    district = OrgUnit.objects.get(name="Huyện Bảo Thắng")
    if role == "admin":
        from tiendo.core.commands import ensure_demo_admin

        ensure_demo_admin(district)  # made by `tiendo demo`, not by the demo's data
    _work_waiting(district)
    # The test client's login passes the second factor (tests/conftest.py).
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    browser_page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": site_url}]
    )
    page = browser_page
    page.set_default_timeout(60_000)
    page.goto(site_url + "/quan-tri/")
    assert page.locator("html").get_attribute("lang") == "vi"
    for heading in headings:
        assert page.get_by_role("heading", name=heading).first.is_visible()
    sidebar = page.locator("aside, nav").first.inner_text()
    assert not ENGLISH.search(sidebar), sidebar
    screenshot(page, f"bang-dieu-khien-{role}")

    page.locator(f"section[data-panel='{panel}'] li a").first.click()
    page.wait_for_load_state()
    assert target_path in page.url
    assert "Không tìm thấy" not in page.content()
    screenshot(page, f"viec-{role}")
