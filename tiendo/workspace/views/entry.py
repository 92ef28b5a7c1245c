"""Data entry: a unit picks a period and types its values beside the history."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect

from tiendo.core.services import ServiceError, save_period_results
from tiendo.workspace.access import (
    acting_unit,
    can_approve,
    can_choose_unit,
    can_enter,
    units_in_charge,
)
from tiendo.workspace.deadlines import due_date
from tiendo.workspace.forms.entry import EntryForm
from tiendo.workspace.forms.selection import PeriodSelectionForm
from tiendo.workspace.queries import EntrySheet, entry_sheet
from tiendo.workspace.submissions import deadline_rules
from tiendo.workspace.views.base import WorkspaceView


class EntryView(WorkspaceView):
    page_title = "Nhập số liệu"
    header_icon = "table"
    template_name = "workspace/entry.html"
    permission_check = staticmethod(can_enter)

    def get_breadcrumbs_items(self) -> list[dict[str, Any]]:
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def _selection(self, request: HttpRequest) -> tuple[PeriodSelectionForm, EntrySheet | None]:
        selection = PeriodSelectionForm.from_query(
            request.GET,
            choose_unit=can_choose_unit(request.user),
            units=units_in_charge(request.user),
        )
        if not selection.is_valid():
            return selection, None
        unit = acting_unit(request.user, selection.cleaned_data.get("don_vi"))
        if unit is None:
            return selection, None
        sheet = entry_sheet(unit, selection.period(), selection.cleaned_data["loai"])
        return selection, sheet

    def _render(
        self,
        request: HttpRequest,
        selection: PeriodSelectionForm,
        sheet: EntrySheet | None,
        form: EntryForm | None,
    ) -> HttpResponse:
        context = self.get_context_data(
            selection=selection,
            sheet=sheet,
            form=form,
            lines=form.lines() if form is not None else [],
            due=due_date(sheet.period, deadline_rules()) if sheet else None,
            can_approve=can_approve(request.user),
            needs_unit=sheet is None and selection.is_valid(),
        )
        return self.render_to_response(context)

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        selection, sheet = self._selection(request)
        form = EntryForm(sheet=sheet) if sheet is not None else None
        return self._render(request, selection, sheet, form)

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        selection, sheet = self._selection(request)
        if sheet is None:
            messages.error(request, "Chưa chọn được kỳ báo cáo và đơn vị.")
            return self._render(request, selection, sheet, None)
        form = EntryForm(request.POST, sheet=sheet)
        if not form.is_valid():
            return self._render(request, selection, sheet, form)
        submit = request.POST.get("action") == "submit"
        try:
            saved = save_period_results(
                org_unit=sheet.unit,
                period=sheet.period,
                kind=sheet.kind,
                entries=form.entries(),
                user=request.user,
                submit=submit,
            )
        except ServiceError as error:
            messages.error(request, error.message_vi)
            return self._render(request, selection, sheet, form)
        verb = "Đã lưu và gửi duyệt" if submit else "Đã lưu nháp"
        messages.success(request, f"{verb} {len(saved)} số liệu {sheet.period.label_vi()}.")
        return HttpResponseRedirect(request.get_full_path())
