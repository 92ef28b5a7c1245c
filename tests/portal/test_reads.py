"""The portal's prepared reads give the objects the ORM queries they replace gave."""

from __future__ import annotations

import pytest

from tiendo.core.models import OrgUnit, Resolution, Target, Task
from tiendo.core.progress import target_series as orm_target_series
from tiendo.portal import reads
from tiendo.portal.scope import EVERYTHING, SiteScope

pytestmark = pytest.mark.django_db


def scope_of(unit: OrgUnit | None) -> SiteScope:
    return EVERYTHING if unit is None else SiteScope(site_id=None, unit_id=unit.pk)


def shown_by_orm(scope: SiteScope):
    return scope.resolutions(Resolution.objects.filter(is_public=True))


@pytest.fixture
def elsewhere(portal_demo) -> OrgUnit:
    """A commune whose portal has no part in the demo's resolution."""
    return OrgUnit.objects.create(
        name="Xã Khác (minh họa)", kind=OrgUnit.Kind.COMMUNE, slug="xa-khac-minh-hoa"
    )


@pytest.mark.parametrize("site", ["lone portal", "district", "other commune"])
def test_a_resolution_is_found_exactly_where_the_orm_finds_it(portal_demo, elsewhere, site):
    unit = {"lone portal": None, "district": portal_demo.district, "other commune": elsewhere}
    scope = scope_of(unit[site])
    expected = shown_by_orm(scope).filter(slug=portal_demo.resolution.slug).first()
    found = reads.public_resolution(scope, portal_demo.resolution.slug)
    assert (found is None) == (expected is None) == (site == "other commune")
    if found is not None:
        assert [getattr(found, f) for f in reads.RESOLUTION_FIELDS] == [
            getattr(expected, f) for f in reads.RESOLUTION_FIELDS
        ]
        assert found.issuer == expected.issuer and found.issuer.name == expected.issuer.name
        assert found.source_document.slug == expected.source_document.slug


def test_a_target_is_found_only_under_its_own_resolution(portal_demo, elsewhere):
    target = portal_demo.targets["3"]
    district = scope_of(portal_demo.district)
    found = reads.public_target(district, portal_demo.resolution.slug, target.pk)
    assert found == target and found.resolution == portal_demo.resolution
    assert [getattr(found, f) for f in reads.TARGET_FIELDS] == [
        getattr(Target.objects.get(pk=target.pk), f) for f in reads.TARGET_FIELDS
    ]
    assert reads.public_target(district, "nghi-quyet-khac", target.pk) is None
    assert reads.public_target(scope_of(elsewhere), portal_demo.resolution.slug, target.pk) is None


def test_a_private_resolution_is_not_found(portal_demo):
    Resolution.objects.filter(pk=portal_demo.resolution.pk).update(is_public=False)
    assert reads.public_resolution(EVERYTHING, portal_demo.resolution.slug) is None
    assert reads.latest_resolutions(EVERYTHING, 3) == []


def test_the_latest_resolutions_are_the_orms_in_its_order(portal_demo):
    Resolution.objects.create(
        number="16-NQ/HU",
        slug="16-nq-hu-minh-hoa",
        issuer=portal_demo.resolution.issuer,
        title="Nghị quyết thêm (minh họa)",
        year_from=2023,
        year_to=2023,
    )
    scope = scope_of(portal_demo.district)
    expected = list(shown_by_orm(scope).order_by("-issued_on", "number")[:3])
    assert reads.latest_resolutions(scope, 3) == expected
    assert len(expected) == 2


def test_tasks_come_with_their_owners_in_the_orms_order(portal_demo):
    tasks = Task.objects.filter(resolution=portal_demo.resolution).prefetch_related("owner_units")
    first = tasks.first()
    first.owner_units.set([portal_demo.district, portal_demo.party_committee])
    expected = [
        (t.pk, t.ordinal, t.text, t.deadline, t.status, tuple(str(u) for u in t.owner_units.all()))
        for t in tasks
    ]
    found = reads.resolution_tasks(portal_demo.resolution)
    assert [(t.pk, t.ordinal, t.text, t.deadline, t.status, t.owners) for t in found] == expected
    assert found[0].status_display == first.get_status_display()


def test_a_targets_series_is_the_orms(portal_demo):
    for target in portal_demo.targets.values():
        expected = orm_target_series(target)
        found = reads.target_series(target)
        assert found == expected
        assert [(r.value, r.comparisons, r.org_unit.name) for r in found] == [
            (r.value, r.comparisons, r.org_unit.name) for r in expected
        ]
        assert [r.source_document and str(r.source_document) for r in found] == [
            r.source_document and str(r.source_document) for r in expected
        ]


def test_the_latest_news_are_the_orms_with_their_links(portal_demo, add_article):
    from wagtail.models import Site

    from tiendo.portal.models import HomePage, NewsPage

    for number in range(6):
        add_article(f"Tin thứ {number} (minh họa)")
    home = Site.objects.get(is_default_site=True).root_page.specific
    assert isinstance(home, HomePage)
    expected = list(NewsPage.objects.live().descendant_of(home).order_by("-date", "-id")[:5])
    found = reads.latest_news(home, 5, Site.get_site_root_paths())
    assert found == expected
    assert [(a.url, a.title, a.date, a.summary, a.image) for a in found] == [
        (a.url, a.title, a.date, a.summary, a.image) for a in expected
    ]
