"""The many-sites part of `tiendo demo`: an illustrative province and three of its
communes, each with its own portal under localhost (tinh.localhost, xa-a.localhost,
xa-b.localhost, xa-c.localhost), made with the same service as `tiendo site add`.

The province's resolution has one target split among the three communes, each with its
share and its reported result; Xã C was formed by merging two former communes. Each
commune's portal has one news article and one citizen's message waiting for its own
moderators. Everything is marked "(minh họa)". The Bảo Thắng district demo stays the
default site (127.0.0.1, localhost).

Kept out of `load_demo()` so the tests that load the district demo see one site; the
`demo_sites` fixtures and `tiendo demo` call `load` after it. Running it twice leaves
the same data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.db import transaction
from django.utils import timezone
from wagtail.models import Site

from tiendo.core.models import OrgUnit, Resolution, Result, Target
from tiendo.core.models.choices import ResultKind, ReviewState
from tiendo.feedback.models import Feedback
from tiendo.portal import services as portal_services
from tiendo.portal.models import NewsIndexPage, NewsPage
from tiendo.sites.services import add_site
from tiendo.vietnamese import format_number

if TYPE_CHECKING:
    from tiendo.core.demo.loader import DemoData

PROVINCE = {"slug": "tinh-m-minh-hoa", "code": "MH-TINH", "name": "Tỉnh M (minh họa)"}
PROVINCE_HOST = "tinh.localhost"
PARTY_COMMITTEE = {"slug": "dang-bo-tinh-m-minh-hoa", "name": "Đảng bộ tỉnh M (minh họa)"}
REFORM_DAY = dt.date(2025, 7, 1)


@dataclass(frozen=True)
class DemoCommune:
    letter: str
    plan: float  # its share of the province's target, tỷ đồng
    result: float  # what it reported for the first six months
    merged_from: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return f"Xã {self.letter} (minh họa)"

    @property
    def slug(self) -> str:
        return f"xa-{self.letter.lower()}-minh-hoa"

    @property
    def code(self) -> str:
        return f"MH-XA-{self.letter}"

    @property
    def host(self) -> str:
        return f"xa-{self.letter.lower()}.localhost"


COMMUNES = (
    DemoCommune("A", plan=100.0, result=55.0),
    DemoCommune("B", plan=120.0, result=48.5),
    DemoCommune("C", plan=80.0, result=42.0, merged_from=("C1", "C2")),
)
RESOLUTION = {
    "slug": "01-nq-tu-2026-minh-hoa",
    "number": "01-NQ/TU",
    "issuer_name": "Ban Chấp hành Đảng bộ tỉnh M (minh họa)",
    "issued_on": dt.date(2025, 12, 20),
    "title": "Nghị quyết về chỉ tiêu phát triển kinh tế - xã hội năm 2026 (minh họa)",
    "year_from": 2026,
    "year_to": 2026,
}
TARGET = {
    "ordinal": "1",
    "indicator": "Tổng thu ngân sách nhà nước trên địa bàn",
    "sector": "Tài chính - ngân sách",
    "unit": "tỷ đồng",
    "period_year": 2026,
    "is_illustrative": True,
}


@dataclass
class DemoSites:
    province: OrgUnit
    province_site: Site
    communes: dict[str, OrgUnit] = field(default_factory=dict)
    sites: dict[str, Site] = field(default_factory=dict)
    feedback: dict[str, Feedback] = field(default_factory=dict)


def _unit(slug: str, **fields: object) -> OrgUnit:
    return OrgUnit.objects.update_or_create(slug=slug, defaults=fields)[0]


def _commune(province: OrgUnit, commune: DemoCommune) -> OrgUnit:
    unit = _unit(
        commune.slug,
        name=commune.name,
        code=commune.code,
        kind=OrgUnit.Kind.COMMUNE,
        parent=province,
        valid_from=REFORM_DAY,
    )
    for letter in commune.merged_from:
        former = _unit(
            f"xa-{letter.lower()}-minh-hoa-cu",
            name=f"Xã {letter} (minh họa, trước sáp nhập)",
            kind=OrgUnit.Kind.COMMUNE,
            parent=province,
            valid_to=REFORM_DAY - dt.timedelta(days=1),
        )
        former.successors.add(unit)
    return unit


def _split_target(resolution: Resolution, province: OrgUnit, units: dict[str, OrgUnit]) -> None:
    """The province's target, a part per commune with its plan, and each commune's
    result for the first six months on the province's target."""
    target, _ = Target.objects.update_or_create(
        resolution=resolution,
        ordinal=TARGET["ordinal"],
        parent=None,
        defaults={**TARGET, "plan_value": sum(c.plan for c in COMMUNES)},
    )
    target.responsible_units.set([province])
    for order, commune in enumerate(COMMUNES, start=1):
        unit = units[commune.letter]
        part, _ = Target.objects.update_or_create(
            resolution=resolution,
            parent=target,
            org_unit=unit,
            defaults={**TARGET, "plan_value": commune.plan, "sort_order": order},
        )
        part.responsible_units.set([unit])
        Result.objects.update_or_create(
            target=target,
            org_unit=unit,
            period_year=2026,
            period_from_month=1,
            period_to_month=6,
            kind=ResultKind.ACTUAL,
            defaults={
                "value": commune.result,
                "review_state": ReviewState.APPROVED,
                "note": "Số liệu minh họa.",
            },
        )


def _article(site: Site, commune: DemoCommune) -> None:
    news = NewsIndexPage.objects.child_of(site.root_page).get()
    slug = f"{commune.slug}-thu-ngan-sach-6-thang-2026"
    page = NewsPage.objects.child_of(news).filter(slug=slug).first() or NewsPage(slug=slug)
    page.title = f"{commune.name}: thu ngân sách 6 tháng đầu năm 2026"
    page.date = dt.date(2026, 7, 5)
    page.author = "Ban Biên tập (minh họa)"
    page.summary = (
        f"{commune.name} thu ngân sách 6 tháng đạt {format_number(commune.result)} tỷ đồng, "
        f"kế hoạch năm {format_number(commune.plan)} tỷ đồng."
    )
    page.body = f"<p>{page.summary} (tin minh họa)</p>"
    page.live = True
    if page.pk is None:
        news.add_child(instance=page)
    else:
        page.save()


def _feedback(site: Site, commune: DemoCommune) -> Feedback:
    asked = timezone.make_aware(dt.datetime(2026, 7, 10, 8, 0))
    item, _ = Feedback.objects.update_or_create(
        reference=f"GY-MINHHOA{commune.letter}",
        defaults={
            "site": site,
            "name": f"Người dân {commune.letter} (minh họa)",
            "email": f"nguoi-dan-{commune.letter.lower()}@example.invalid",
            "title": f"Hỏi về đường liên thôn ở {commune.name}",
            "content": (
                f"Khi nào {commune.name} sửa đoạn đường liên thôn bị hỏng sau mưa lũ? "
                "(góp ý minh họa)"
            ),
            "consented_at": asked,
            "status": Feedback.Status.NEW,
            "is_illustrative": True,
        },
    )
    Feedback.objects.filter(pk=item.pk).update(created_at=asked)
    return item


@transaction.atomic
def load(demo: DemoData | None = None) -> DemoSites:
    province = _unit(
        PROVINCE["slug"],
        name=PROVINCE["name"],
        code=PROVINCE["code"],
        kind=OrgUnit.Kind.PROVINCE,
        valid_from=REFORM_DAY,
    )
    party = _unit(
        PARTY_COMMITTEE["slug"],
        name=PARTY_COMMITTEE["name"],
        kind=OrgUnit.Kind.PARTY_COMMITTEE,
        parent=province,
    )
    made = DemoSites(province, add_site(unit=province, hostname=PROVINCE_HOST))
    for commune in COMMUNES:
        made.communes[commune.letter] = _commune(province, commune)
    resolution, _ = Resolution.objects.update_or_create(
        slug=RESOLUTION["slug"],
        defaults={**{k: v for k, v in RESOLUTION.items() if k != "slug"}, "issuer": party},
    )
    _split_target(resolution, province, made.communes)
    for commune in COMMUNES:
        site = add_site(unit=made.communes[commune.letter], hostname=commune.host)
        made.sites[commune.letter] = site
        _article(site, commune)
        made.feedback[commune.letter] = _feedback(site, commune)
    portal_services.rebuild_search_index()
    return made


def add_accounts(made: DemoSites, password: str) -> list[str]:
    """An editor and a feedback moderator for each commune's site, all with the demo
    staff password, so a visitor can see that each works on their own site only.
    Returns a line per account for `tiendo demo` to print."""
    from django.contrib.auth import get_user_model

    from tiendo.accounts.services import keep_password
    from tiendo.sites.services import site_groups

    lines = []
    for commune in COMMUNES:
        groups = site_groups(made.sites[commune.letter])
        for role, prefix in (("editor", "bientap"), ("moderator", "kiemduyet")):
            username = f"{prefix}-xa-{commune.letter.lower()}"
            user, _ = get_user_model().objects.update_or_create(
                username=username,
                defaults={"is_staff": True, "is_active": True, "last_name": "(minh họa)"},
            )
            if keep_password(user, password):
                user.save(update_fields=["password"])
            user.groups.add(groups[role])
            lines.append(f"{groups[role].name:<45} {username:<16} mật khẩu {password!r}")
    return lines
