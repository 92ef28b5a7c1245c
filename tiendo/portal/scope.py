"""What one site publishes, when one installation serves a portal per unit.

A site is tied to its unit by PortalSettings.unit. Its portal shows:
- pages of its own tree (news);
- documents issued by the unit or by its own bodies (its Party committee, People's
  Committee offices, departments), not by the communes under a province;
- resolutions issued the same way, and those that give the unit a target or a part of
  one (a commune's share of a province target);
- on the default site only, documents with no issuing unit recorded.
A site without a unit (a lone portal, as before many sites) shows everything.

Every filter is a subquery of the main query: no extra round trip per request.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.http import HttpRequest

from tiendo.core.models import OrgUnit, Target

# Units with their own territory have their own portal; the rest belong to their parent's.
TERRITORIAL_KINDS = (OrgUnit.Kind.PROVINCE, OrgUnit.Kind.COMMUNE, OrgUnit.Kind.DISTRICT)
REQUEST_ATTRIBUTE = "_tiendo_site_scope"


@dataclass(frozen=True)
class SiteScope:
    site_id: int | None
    unit_id: int | None
    is_default: bool = True

    def own_units(self) -> QuerySet[OrgUnit]:
        """The unit and its own (non-territorial) bodies, as a subquery."""
        return OrgUnit.objects.filter(
            Q(pk=self.unit_id) | (Q(parent_id=self.unit_id) & ~Q(kind__in=TERRITORIAL_KINDS))
        ).values("pk")

    def resolutions(self, queryset: QuerySet) -> QuerySet:
        if self.unit_id is None:
            return queryset
        assigned = Target.objects.filter(responsible_units=self.unit_id).values("resolution_id")
        return queryset.filter(Q(issuer_id__in=self.own_units()) | Q(pk__in=assigned))

    def documents(self, queryset: QuerySet) -> QuerySet:
        if self.unit_id is None:
            return queryset
        shown = Q(issuer_id__in=self.own_units())
        if self.is_default:
            shown |= Q(issuer__isnull=True)
        return queryset.filter(shown)

    def pages(self, queryset: QuerySet) -> QuerySet:
        """Pages of this site's tree, found by the url path of its home page (Wagtail
        keeps the sites' root paths in the cache: no query)."""
        from wagtail.models import Site

        if self.site_id is None:
            return queryset
        roots = {found.site_id: found.root_path for found in Site.get_site_root_paths()}
        root = roots.get(self.site_id)
        return queryset.filter(url_path__startswith=root) if root else queryset.none()


EVERYTHING = SiteScope(site_id=None, unit_id=None)


def scope_for_site(site) -> SiteScope:  # type: ignore[no-untyped-def]
    from tiendo.portal.models import PortalSettings

    if site is None:
        return EVERYTHING
    portal = PortalSettings.for_site(site)
    return _scope(site, portal)


def _scope(site, portal) -> SiteScope:  # type: ignore[no-untyped-def]
    return SiteScope(
        site_id=site.pk,
        unit_id=portal.unit_id,
        is_default=site.is_default_site,
    )


def scope_for_request(request: HttpRequest) -> SiteScope:
    """The scope of the site the request is for; Wagtail's lookups (memoised by
    tiendo.portal.site_memo) answer it, so it costs no query on a warm process."""
    from wagtail.models import Site

    from tiendo.portal.models import PortalSettings

    found = getattr(request, REQUEST_ATTRIBUTE, None)
    if found is not None:
        return found
    site = Site.find_for_request(request)
    scope = EVERYTHING if site is None else _scope(site, PortalSettings.for_request(request))
    setattr(request, REQUEST_ATTRIBUTE, scope)
    return scope
