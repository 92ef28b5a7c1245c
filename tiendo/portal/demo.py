"""The portal's part of `tiendo demo`: the site's pages and settings for Bảo Thắng, the
default site, tied to the district (PortalSettings.unit).

Idempotent: pages are found by their slug under their parent and updated in place
(tiendo.portal.tree); settings by their site. Contact details that are not from the
seeds say "(minh họa)".
"""

from __future__ import annotations

from html import escape

from wagtail.models import Page, Site

from tiendo.core.demo.loader import DemoData
from tiendo.portal import services
from tiendo.portal.models import (
    HomePage,
    NewsCategory,
    NewsIndexPage,
    NewsPage,
    NewsPageDocument,
    PortalSettings,
)
from tiendo.portal.tree import NEWS_SLUG, SectionIntros, build_portal_tree

PORTAL_NAME = "Cổng thông tin điện tử huyện Bảo Thắng"
AGENCY_NAME = "Ủy ban nhân dân huyện Bảo Thắng"

ABOUT = (
    "<p>Cổng thông tin điện tử huyện Bảo Thắng (tỉnh Lào Cai) đăng tin hoạt động của "
    "huyện, văn bản của cấp ủy và chính quyền, và tiến độ thực hiện các nghị quyết: mỗi chỉ "
    "tiêu kèm số liệu đã báo cáo và đường dẫn tới câu văn nêu số liệu đó.</p>"
    "<p>Người dân, doanh nghiệp có thể gửi góp ý, câu hỏi tới cơ quan chủ quản qua mục "
    "Góp ý; câu trả lời được đăng ở mục Hỏi đáp.</p>"
    "<p>Đây là bản trình diễn của phần mềm tiendo; thông tin liên hệ dưới đây là minh họa.</p>"
)
PRIVACY_POLICY = (
    "<h2>Thông tin chúng tôi thu thập</h2>"
    "<p>Người đọc tin không cần đăng ký và không bị theo dõi: cổng không dùng dịch vụ "
    "thống kê hay quảng cáo của bên thứ ba. Khi gửi góp ý, bạn cho biết họ tên và nội dung; "
    "thư điện tử, số điện thoại là không bắt buộc.</p>"
    "<h2>Mục đích sử dụng</h2>"
    "<p>Thông tin trong góp ý chỉ dùng để xem xét, trả lời và thống kê ý kiến. Họ tên chỉ "
    "được đăng kèm câu trả lời khi bạn đồng ý.</p>"
    "<h2>Lưu giữ và bảo vệ</h2>"
    "<p>Dữ liệu được lưu trên máy chủ của cơ quan chủ quản, chỉ cán bộ được giao mới xem "
    "được, và được xóa khi hết thời hạn lưu trữ theo quy định.</p>"
    "<h2>Quyền của bạn</h2>"
    "<p>Bạn có thể đề nghị xem, sửa hoặc xóa thông tin của mình bằng cách liên hệ Ban "
    "Biên tập theo địa chỉ ở chân trang.</p>"
)
SETTINGS = {
    "portal_name": PORTAL_NAME,
    "agency_name": AGENCY_NAME,
    "address": "Thị trấn Phố Lu, huyện Bảo Thắng, tỉnh Lào Cai (minh họa)",
    "phone": "0214 000 0000 (minh họa)",
    "email": "bbt.minhhoa@example.invalid",
    "responsible_person": "Chánh Văn phòng HĐND và UBND huyện (minh họa)",
    "licence": "Giấy phép thiết lập trang thông tin điện tử số 00/GP-STTTT (minh họa)",
    "about": ABOUT,
    "privacy_policy": PRIVACY_POLICY,
}
SECTIONS = SectionIntros(
    news="Tin hoạt động của huyện Bảo Thắng.",
    documents="Nghị quyết, quyết định, báo cáo của cấp ủy và chính quyền huyện.",
)
CATEGORIES = [("kinh-te-xa-hoi", "Kinh tế - xã hội"), ("xay-dung-dang", "Xây dựng Đảng")]
ARTICLE_SUMMARY = (
    "Quý I năm 2022, huyện Bảo Thắng báo cáo kết quả về công nghiệp, thương mại - dịch vụ, "
    "thu ngân sách và phát triển đảng viên theo Nghị quyết 15-NQ/HU."
)


def text_to_html(text: str) -> str:
    """Plain paragraphs (blank-line separated) as rich-text HTML."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    return "".join(f"<p>{escape(p, quote=False)}</p>" for p in paragraphs)


def _home(demo: DemoData) -> HomePage:
    tree = build_portal_tree(
        slug="trang-chu",
        title=PORTAL_NAME,
        intro=(
            "<p>Tin tức, văn bản và tiến độ thực hiện nghị quyết của huyện Bảo Thắng, "
            "tỉnh Lào Cai.</p>"
        ),
        sections=SECTIONS,
    )
    home = tree.home
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True)
    site.root_page = home
    site.site_name = PORTAL_NAME
    site.save()
    # Wagtail's welcome page is a plain Page; nothing links to it once the site moves.
    root = Page.get_first_root_node()
    for page in root.get_children().exact_type(Page):
        if page.pk != home.pk and page.get_children_count() == 0:
            page.delete()
    PortalSettings.objects.update_or_create(site=site, defaults={**SETTINGS, "unit": demo.district})
    return home


def _article(news_index: NewsIndexPage, demo: DemoData) -> NewsPage:
    categories = [
        NewsCategory.objects.update_or_create(slug=slug, defaults={"name": name})[0]
        for slug, name in CATEGORIES
    ]
    article = demo.article
    page = NewsPage.objects.child_of(news_index).filter(slug=article.slug).first()
    page = page or NewsPage(slug=article.slug)
    page.title = article.title
    page.date = article.issued_on
    page.author = "Ban Biên tập (minh họa)"
    page.summary = ARTICLE_SUMMARY
    page.body = text_to_html(article.text)
    page.source_document = article
    page.categories = categories
    page.related_documents = [NewsPageDocument(document=demo.resolution_document)]
    page.live = True
    if page.pk is None:
        news_index.add_child(instance=page)
    else:
        page.save()
    return page


def load(demo: DemoData) -> None:
    home = _home(demo)
    news_index = NewsIndexPage.objects.child_of(home).get(slug=NEWS_SLUG)
    _article(news_index, demo)
    services.rebuild_search_index()
