from __future__ import annotations

from django.urls import path

from tiendo.sites import views

app_name = "tiendo_sites"

urlpatterns = [path("", views.site_list, name="list")]
