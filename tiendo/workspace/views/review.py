"""Approval: approvers see submitted values, approve them or send them back with a
comment, and reopen an approved value when a reason is given."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse

from tiendo.core.models import Result
from tiendo.core.models.choices import ReviewState
from tiendo.core.services import ServiceError, approve_result, reopen_result, return_result
from tiendo.workspace.access import can_approve, units_in_charge
from tiendo.workspace.queries import results_for_review
from tiendo.workspace.views.base import WorkspaceView

PAGE_SIZE = 50


class ReviewListView(WorkspaceView):
    page_title = "Duyệt số liệu"
    header_icon = "tick"
    template_name = "workspace/review.html"
    permission_check = staticmethod(can_approve)

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        state = request.GET.get("trang_thai") or ReviewState.SUBMITTED
        if state not in ReviewState.values:
            state = ReviewState.SUBMITTED
        units = units_in_charge(request.user)
        page = Paginator(results_for_review(state, units), PAGE_SIZE).get_page(request.GET.get("p"))
        context = self.get_context_data(
            state=state,
            states=ReviewState.choices,
            page=page,
            results=page.object_list,
            in_charge=units.exists(),
        )
        return self.render_to_response(context)


class ReviewActionView(WorkspaceView):
    """POST only: one action on one result, then back to the list."""

    permission_check = staticmethod(can_approve)
    http_method_names = ["post"]

    def post(self, request: HttpRequest, pk: int, action: str) -> HttpResponse:
        # A result outside the approver's units is as good as absent.
        in_charge = Result.objects.filter(org_unit__in=units_in_charge(request.user))
        result = get_object_or_404(in_charge.select_related("target"), pk=pk)
        text = request.POST.get("comment", "")
        try:
            if action == "duyet":
                approve_result(result, request.user)
                messages.success(request, f"Đã duyệt: {result.target.indicator}.")
            elif action == "tra-lai":
                return_result(result, request.user, text)
                messages.success(request, f"Đã trả lại: {result.target.indicator}.")
            elif action == "mo-lai":
                reopen_result(result, request.user, text)
                messages.success(request, f"Đã mở lại: {result.target.indicator}.")
            else:
                messages.error(request, "Thao tác không hợp lệ.")
        except ServiceError as error:
            messages.error(request, error.message_vi)
        back = request.POST.get("trang_thai") or ReviewState.SUBMITTED
        return HttpResponseRedirect(f"{reverse('workspace:review')}?trang_thai={back}")
