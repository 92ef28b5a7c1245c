"""The workspace's screens, mounted inside the Wagtail admin (/quan-tri/so-lieu/...)
by wagtail_hooks, so that they share its sign-in, menu and look."""

from __future__ import annotations

from django.urls import path

from tiendo.workspace.views.deadlines import DeadlineView
from tiendo.workspace.views.entry import EntryView
from tiendo.workspace.views.importing import ImportView
from tiendo.workspace.views.review import ReviewActionView, ReviewListView

app_name = "workspace"

urlpatterns = [
    path("nhap/", EntryView.as_view(), name="entry"),
    path("duyet/", ReviewListView.as_view(), name="review"),
    path("<int:pk>/<slug:action>/", ReviewActionView.as_view(), name="review_action"),
    path("han-nop/", DeadlineView.as_view(), name="deadlines"),
    path("nhap-van-ban/", ImportView.as_view(), name="import"),
]
