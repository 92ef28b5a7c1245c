"""The Wagtail admin screen where staff handle one feedback item: send it to a unit,
answer it, publish the answer, or file it as spam. Each button calls one service."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.views import View
from wagtail.admin import messages
from wagtail.admin.views.generic.base import BaseObjectMixin, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin

from tiendo.feedback import services
from tiendo.feedback.admin_forms import AnswerForm, AssignForm
from tiendo.feedback.models import Feedback

# Who may open the list and an item: anyone given any feedback permission.
STAFF_ACTIONS = ["view", "change", "delete", "moderate", "answer"]

Status = Feedback.Status


def handled_by(user, items):  # type: ignore[no-untyped-def]
    """The items this staff member may see: a site's moderators see only their site's."""
    from tiendo.sites.access import handled_feedback

    return handled_feedback(user, items)


class FeedbackIndexView(IndexView):
    any_permission_required = STAFF_ACTIONS
    moderate_url_name: str | None = None

    def get_base_queryset(self):  # type: ignore[no-untyped-def]
        return handled_by(self.request.user, super().get_base_queryset())

    def get_edit_url(self, instance: Feedback) -> str | None:
        if self.moderate_url_name and self.user_has_any_permission(STAFF_ACTIONS):
            return reverse(self.moderate_url_name, args=(instance.pk,))
        return None

    def get_add_url(self) -> None:
        return None  # feedback comes from citizens through /gop-y/, never from this screen

    def get_copy_url(self, instance: Feedback) -> None:
        return None


class FeedbackModerationView(
    PermissionCheckedMixin, BaseObjectMixin, WagtailAdminTemplateMixin, View
):
    model = Feedback
    any_permission_required = STAFF_ACTIONS
    template_name = "feedback/admin/moderate.html"
    header_icon = "mail"
    page_title = "Xử lý góp ý"
    index_url_name: str | None = None
    moderate_url_name: str | None = None
    delete_url_name: str | None = None

    def get_base_object_queryset(self):  # type: ignore[no-untyped-def]
        items = Feedback.objects.select_related("assigned_unit", "answered_by", "moderated_by")
        return handled_by(self.request.user, items)

    def get_page_subtitle(self) -> str:
        return self.object.reference

    def get_breadcrumbs_items(self) -> list[dict[str, str]]:
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse(self.index_url_name), "label": "Góp ý, hỏi đáp"},
            {"url": "", "label": self.object.reference},
        ]

    def _allowed(self) -> dict[str, bool]:
        user, status = self.request.user, self.object.status
        can_moderate = user.has_perm(services.MODERATE_PERMISSION)
        can_answer = user.has_perm(services.ANSWER_PERMISSION)
        return {
            "assign": can_moderate and status in {Status.NEW, Status.ASSIGNED},
            "answer": can_answer and status != Status.SPAM,
            "publish": can_moderate and status == Status.ANSWERED,
            "unpublish": can_moderate and status == Status.PUBLISHED,
            "spam": can_moderate and status != Status.SPAM,
            "restore": can_moderate and status == Status.SPAM,
        }

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        item = self.object
        context.update(
            {
                "item": item,
                "allowed": self._allowed(),
                "assign_form": kwargs.get("assign_form")
                or AssignForm(initial={"unit": item.assigned_unit_id}),
                "answer_form": kwargs.get("answer_form")
                or AnswerForm(initial={"answer": item.answer}),
                "public_url": reverse("feedback:answer", args=(item.pk,))
                if item.is_public
                else None,
                "delete_url": reverse(self.delete_url_name, args=(item.pk,))
                if self.delete_url_name and self.user_has_permission("delete")
                else None,
            }
        )
        return context

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        return self.render_to_response(self.get_context_data())

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        action = request.POST.get("action", "")
        forms: dict[str, Any] = {}
        try:
            if action == "assign":
                forms["assign_form"] = form = AssignForm(request.POST)
                if form.is_valid():
                    services.assign_feedback(
                        self.object, form.cleaned_data["unit"], by=request.user
                    )
                    return self._done(f"Đã chuyển góp ý đến {form.cleaned_data['unit']}.")
            elif action == "answer":
                forms["answer_form"] = form = AnswerForm(request.POST)
                if form.is_valid():
                    services.answer_feedback(
                        self.object, form.cleaned_data["answer"], by=request.user
                    )
                    return self._done("Đã lưu nội dung trả lời.")
            elif action == "publish":
                services.publish_feedback(self.object, by=request.user)
                return self._done("Đã công khai câu hỏi và trả lời trên trang Hỏi đáp.")
            elif action == "unpublish":
                services.unpublish_feedback(self.object, by=request.user)
                return self._done("Đã gỡ câu hỏi khỏi trang Hỏi đáp.")
            elif action == "spam":
                services.mark_spam(self.object, by=request.user)
                return self._done("Đã đánh dấu góp ý là rác.")
            elif action == "restore":
                services.restore_feedback(self.object, by=request.user)
                return self._done("Đã khôi phục góp ý khỏi mục rác.")
            else:
                messages.error(request, "Thao tác không hợp lệ.")
        except (PermissionDenied, ValidationError) as error:
            text = error.messages[0] if isinstance(error, ValidationError) else str(error)
            messages.error(request, text)
        else:
            if forms:
                messages.error(request, "Vui lòng sửa các lỗi bên dưới.")
        self.object.refresh_from_db()
        return self.render_to_response(self.get_context_data(**forms), status=400)

    def _done(self, message: str) -> HttpResponse:
        messages.success(self.request, message)
        return redirect(self.moderate_url_name, self.object.pk)
