"""The feedback moderation screens in the Wagtail admin (Quản trị > Góp ý, hỏi đáp)."""

from __future__ import annotations

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.views.generic import RedirectView
from wagtail import hooks
from wagtail.admin.views.generic.models import DeleteView
from wagtail.admin.viewsets.model import ModelViewSet

from tiendo.feedback.admin_views import FeedbackIndexView, FeedbackModerationView, handled_by
from tiendo.feedback.models import Feedback


class FeedbackDeleteView(DeleteView):
    def get_queryset(self):  # type: ignore[no-untyped-def]
        return handled_by(self.request.user, Feedback.objects.all())


class FeedbackViewSet(ModelViewSet):
    model = Feedback
    icon = "mail"
    menu_label = "Góp ý, hỏi đáp"
    menu_order = 300
    add_to_admin_menu = True
    copy_view_enabled = False
    index_view_class = FeedbackIndexView
    delete_view_class = FeedbackDeleteView
    list_display = ["title", "reference", "site", "status", "assigned_unit", "created_at"]
    list_filter = ["status", "site", "is_illustrative"]
    search_fields = ["reference", "title", "content", "name"]
    search_backend_name = None  # plain database filtering: the model is not indexed
    ordering = ["-created_at"]
    list_per_page = 30

    def get_index_view_kwargs(self, **kwargs):  # type: ignore[no-untyped-def]
        return super().get_index_view_kwargs(moderate_url_name=self.get_url_name("edit"), **kwargs)

    @property
    def edit_view(self):  # type: ignore[no-untyped-def]
        # The generic edit form would let anyone with "change" set any state; every
        # change instead goes through the moderation screen and its services.
        return FeedbackModerationView.as_view(
            index_url_name=self.get_url_name("index"),
            moderate_url_name=self.get_url_name("edit"),
            delete_url_name=self.get_url_name("delete"),
        )

    @property
    def add_view(self):  # type: ignore[no-untyped-def]
        return RedirectView.as_view(pattern_name=self.get_url_name("index"))

    def get_permissions_to_register(self):  # type: ignore[no-untyped-def]
        # All of them, "view" and the custom moderate/answer included, so roles can get them.
        content_type = ContentType.objects.get_for_model(Feedback)
        return Permission.objects.filter(content_type=content_type)


@hooks.register("register_admin_viewset")
def register_feedback_viewset() -> FeedbackViewSet:
    return FeedbackViewSet("gop_y", url_prefix="gop-y")
