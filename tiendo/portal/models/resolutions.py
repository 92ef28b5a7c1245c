from __future__ import annotations

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.safestring import mark_safe
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from tiendo.core.models import Resolution
from tiendo.portal.models.section import SectionIndexPage
from tiendo.portal.progress import resolution_overview
from tiendo.portal.reads import (
    public_resolution,
    public_target,
    resolution_tasks,
    target_series,
)
from tiendo.portal.scope import scope_for_request
from tiendo.portal.shares import unit_shares
from tiendo.portal.sources import source_links, target_source_url
from tiendo.portal.target_chart import chart_caption, series_chart
from tiendo.province.portal import communes_page
from tiendo.province.queries import has_communes

RESOLUTIONS_PER_PAGE = 10


class ResolutionIndexPage(RoutablePageMixin, SectionIndexPage):
    """/nghi-quyet/: resolutions, each with its targets' progress, and a page per target
    showing its series and where every value came from."""

    # The query parameters its pages read: only these make distinct cached pages.
    page_cache_params = ("trang", "sap-xep")

    class Meta:
        verbose_name = "trang nghị quyết"

    def resolution_url(self, resolution: Resolution) -> str:
        return f"{self.url}{resolution.slug}/"

    def public_resolutions(self, request):  # type: ignore[no-untyped-def]
        """The public resolutions of this site's unit (tiendo.portal.scope)."""
        return scope_for_request(request).resolutions(Resolution.objects.filter(is_public=True))

    @path("")
    def resolution_list(self, request):  # type: ignore[no-untyped-def]
        resolutions = (
            self.public_resolutions(request)
            .select_related("issuer")
            .order_by("-issued_on", "number")
        )
        page = Paginator(resolutions, RESOLUTIONS_PER_PAGE).get_page(request.GET.get("trang"))
        entries = [
            {
                "resolution": resolution,
                "url": self.resolution_url(resolution),
                "progress": resolution_overview(resolution, self.resolution_url(resolution)),
            }
            for resolution in page
        ]
        return self.render(request, context_overrides={"page_obj": page, "entries": entries})

    @path("<slug:slug>/")
    def resolution_detail(self, request, slug):  # type: ignore[no-untyped-def]
        resolution = public_resolution(scope_for_request(request), slug)
        if resolution is None:
            raise Http404("Không có nghị quyết này trên cổng.")
        base_url = self.resolution_url(resolution)
        return self.render(
            request,
            template="portal/resolution_detail.html",
            context_overrides={
                "resolution": resolution,
                "resolution_url": base_url,
                "progress": resolution_overview(resolution, base_url),
                "tasks": resolution_tasks(resolution),
                "has_communes": has_communes(resolution),
                "shares": self._shares(request, resolution),
            },
        )

    @path("<slug:slug>/xa-phuong/", name="resolution_communes")
    @path("<slug:slug>/xa-phuong/<int:target_id>/", name="resolution_communes_target")
    def resolution_communes(self, request, slug, target_id=None):  # type: ignore[no-untyped-def]
        """A target split among the province's communes (tiendo.province)."""
        resolution = get_object_or_404(
            self.public_resolutions(request).select_related("issuer", "issuer__parent"), slug=slug
        )
        context = communes_page(
            resolution, target_id, request.GET.get("sap-xep"), self.resolution_url(resolution)
        )
        return self.render(
            request, template="province/portal_communes.html", context_overrides=context
        )

    def _shares(self, request, resolution: Resolution):  # type: ignore[no-untyped-def]
        """This site's unit's part of another unit's resolution (a commune's share of a
        province target); nothing on the issuer's own portal, at no query."""
        unit_id = scope_for_request(request).unit_id
        issuer = resolution.issuer
        if unit_id is None or unit_id in (issuer.pk, issuer.parent_id):
            return []
        return unit_shares(resolution, unit_id)

    @path("<slug:slug>/chi-tieu/<int:target_id>/")
    def target_detail(self, request, slug, target_id):  # type: ignore[no-untyped-def]
        target = public_target(scope_for_request(request), slug, target_id)
        if target is None:
            raise Http404("Không có chỉ tiêu này trên cổng.")
        base_url = self.resolution_url(target.resolution)
        progress = resolution_overview(target.resolution, base_url)
        row = next((r for r in progress["rows"] if r["key"] == str(target.pk)), None)
        if row is None:
            # A part of a split target: its parent's page tells its story.
            raise Http404("Chỉ tiêu không có trên cổng.")
        series = target_series(target)
        return self.render(
            request,
            template="portal/target_detail.html",
            context_overrides={
                "target": target,
                "resolution": target.resolution,
                "resolution_url": base_url,
                "row": row,
                "progress": progress,
                "series": series,
                "chart_svg": mark_safe(series_chart(target, series)),
                "chart_caption": chart_caption(target.indicator),
                "sources": source_links(series),
                "plan_source_url": target_source_url(target),
            },
        )
