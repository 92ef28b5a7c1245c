"""What is due, late or missing, per unit, for a reporting period."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from tiendo.workspace.access import can_follow, units_in_charge
from tiendo.workspace.deadlines import STATUS_LABELS, explanations
from tiendo.workspace.forms.selection import PeriodSelectionForm
from tiendo.workspace.submissions import deadline_rules, period_overview
from tiendo.workspace.views.base import WorkspaceView


class DeadlineView(WorkspaceView):
    page_title = "Hạn nộp số liệu"
    header_icon = "date"
    template_name = "workspace/deadlines.html"
    permission_check = staticmethod(can_follow)

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        selection = PeriodSelectionForm.from_query(request.GET, choose_unit=False, with_kind=False)
        rules = deadline_rules()
        overview = None
        if selection.is_valid():
            overview = period_overview(
                selection.period(), timezone.localdate(), rules, units_in_charge(request.user)
            )
        context = self.get_context_data(
            selection=selection,
            overview=overview,
            rules=explanations(rules),
            status_labels=STATUS_LABELS,
        )
        return self.render_to_response(context)
