from __future__ import annotations

from django.urls import path

from tiendo.api.admin_views import token_list, token_revoke

app_name = "api_tokens"
urlpatterns = [
    path("", token_list, name="list"),
    path("<int:pk>/thu-hoi/", token_revoke, name="revoke"),
]
