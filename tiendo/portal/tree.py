"""A portal's page tree: the home page and its three sections (news, documents,
resolutions). The demo builds the district's with it and tiendo.sites.services each
commune's, so every site has the same addresses (/tin-tuc/, /van-ban/, /nghi-quyet/).

Idempotent: pages are found by their slug under their parent and updated in place.
"""

from __future__ import annotations

from dataclasses import dataclass

from wagtail.models import Page

from tiendo.portal.models import DocumentIndexPage, HomePage, NewsIndexPage, ResolutionIndexPage

NEWS_SLUG = "tin-tuc"
DOCUMENTS_SLUG = "van-ban"
RESOLUTIONS_SLUG = "nghi-quyet"


@dataclass(frozen=True)
class SectionIntros:
    news: str
    documents: str
    resolutions: str = "Chỉ tiêu của từng nghị quyết, số liệu đã báo cáo và nguồn của từng số liệu."

    @classmethod
    def for_area(cls, area: str) -> SectionIntros:
        """Introductions naming the area: for_area("xã A")."""
        return cls(
            news=f"Tin hoạt động của {area}.",
            documents=f"Nghị quyết, quyết định, báo cáo của cấp ủy và chính quyền {area}.",
        )


@dataclass(frozen=True)
class PortalTree:
    home: HomePage
    news: NewsIndexPage
    documents: DocumentIndexPage
    resolutions: ResolutionIndexPage


def child_page(parent: Page, model: type[Page], slug: str, **fields: object) -> Page:
    """The `model` page with this slug under `parent`, created or updated and live."""
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
        return page
    for name, value in fields.items():
        setattr(page, name, value)
    page.live = True
    page.save()
    return page


def build_portal_tree(*, slug: str, title: str, intro: str, sections: SectionIntros) -> PortalTree:
    """The home page `slug` under the tree's root, with its three sections."""
    root = Page.get_first_root_node()
    home = child_page(root, HomePage, slug, title=title, intro=intro)
    return PortalTree(
        home=home,
        news=child_page(home, NewsIndexPage, NEWS_SLUG, title="Tin tức", intro=sections.news),
        documents=child_page(
            home, DocumentIndexPage, DOCUMENTS_SLUG, title="Văn bản", intro=sections.documents
        ),
        resolutions=child_page(
            home,
            ResolutionIndexPage,
            RESOLUTIONS_SLUG,
            title="Tiến độ thực hiện nghị quyết",
            intro=sections.resolutions,
        ),
    )
