"""The staff screens (Wagtail admin, /quan-tri/xa-phuong/): the resolutions, and for
one of them a target's communes with their figures, sortable, and a chart of the
communes by status. Each person sees the communes in their charge
(tiendo.core.scope): a commune clerk only their own."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse, reverse_lazy

from tiendo.core.models import Resolution
from tiendo.core.scope import acts_for_every_unit, units_in_charge
from tiendo.periods import Period
from tiendo.province.columns import SORT_PARAM, headings, period_choices, read_sort, sort_code
from tiendo.province.queries import commune_targets, commune_view
from tiendo.workspace.access import can_follow
from tiendo.workspace.views.base import WorkspaceView

TARGET_PARAM = "chi-tieu"
PERIOD_PARAM = "ky"


def _period(code: str | None) -> Period | None:
    try:
        return Period.parse(code) if code else None
    except ValueError:
        return None


def _chosen(targets: list[Any], wanted: str | None) -> Any:
    by_id = {str(target.pk): target for target in targets}
    return by_id.get(wanted or "") or (targets[0] if targets else None)


class ProvinceView(WorkspaceView):
    permission_check = staticmethod(can_follow)
    header_icon = "site"

    def get_breadcrumbs_items(self) -> list[dict[str, Any]]:
        return [
            *self.breadcrumbs_items,
            {"url": reverse_lazy("province:resolutions"), "label": "Theo xã, phường"},
            {"url": "", "label": self.get_page_title()},
        ]


class ResolutionListView(ProvinceView):
    page_title = "Chỉ tiêu theo xã, phường"
    template_name = "province/resolutions.html"

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        resolutions = Resolution.objects.select_related("issuer").order_by("-issued_on", "number")
        return self.render_to_response(self.get_context_data(resolutions=resolutions))


class CommuneTableView(ProvinceView):
    template_name = "province/communes.html"

    def get_page_title(self) -> str:
        return f"Nghị quyết {self.resolution.number}: theo xã, phường"

    def get(self, request: HttpRequest, pk: int, *args: Any, **kwargs: Any) -> HttpResponse:
        self.resolution = get_object_or_404(
            Resolution.objects.select_related("issuer", "issuer__parent"), pk=pk
        )
        targets = commune_targets(self.resolution)
        target = _chosen(targets, request.GET.get(TARGET_PARAM))
        sort, descending = read_sort(request.GET.get(SORT_PARAM))
        user = request.user
        scoped = not acts_for_every_unit(user)
        view = None
        if target is not None:
            view = commune_view(
                self.resolution,
                target,
                _period(request.GET.get(PERIOD_PARAM)),
                sort=sort,
                descending=descending,
                within=units_in_charge(user) if scoped else None,
            )
        keep = {}
        if target is not None:
            keep[TARGET_PARAM] = str(target.pk)
            if request.GET.get(PERIOD_PARAM) and view is not None:
                keep[PERIOD_PARAM] = view.period.code()
        context = self.get_context_data(
            resolution=self.resolution,
            scoped=scoped,
            targets=targets,
            target=target,
            view=view,
            headings=headings(sort, descending, keep),
            sort_code=sort_code(sort, descending),
            periods=period_choices(target.period_year) if target is not None else [],
        )
        for line in view.lines if view is not None else []:
            if line.result is not None:
                line.link = reverse("wagtailsnippets_core_result:edit", args=[line.result.pk])
                line.link_label = "Xem nguồn"
        return self.render_to_response(context)
