"""The portal's main menu and footer links. Other apps own some targets (góp ý,
hỏi đáp, đăng nhập); their paths are fixed by the project's URL plan."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NavItem:
    label: str
    url: str

    def is_current(self, path: str) -> bool:
        if self.url == "/":
            return path == "/"
        return path.startswith(self.url)


MAIN_MENU = (
    NavItem("Trang chủ", "/"),
    NavItem("Tin tức", "/tin-tuc/"),
    NavItem("Văn bản", "/van-ban/"),
    NavItem("Tiến độ nghị quyết", "/nghi-quyet/"),
    NavItem("Hỏi đáp", "/hoi-dap/"),
    NavItem("Góp ý", "/gop-y/"),
)

FOOTER_LINKS = (
    NavItem("Giới thiệu", "/gioi-thieu/"),
    NavItem("Chính sách bảo mật", "/chinh-sach-bao-mat/"),
    NavItem("Tin RSS", "/tin-tuc/rss/"),
    NavItem("Đăng nhập cán bộ", "/dang-nhap/"),
)
