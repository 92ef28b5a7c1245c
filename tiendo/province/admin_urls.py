"""The province view's staff screens, mounted in the Wagtail admin at /quan-tri/xa-phuong/."""

from __future__ import annotations

from django.urls import path

from tiendo.province.views import CommuneTableView, ResolutionListView

app_name = "province"

urlpatterns = [
    path("", ResolutionListView.as_view(), name="resolutions"),
    path("<int:pk>/", CommuneTableView.as_view(), name="communes"),
]
