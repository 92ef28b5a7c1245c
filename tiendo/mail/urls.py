from __future__ import annotations

from django.urls import path

from tiendo.mail.views import unsubscribe_view

app_name = "mail"

urlpatterns = [path("thu/huy-nhan/<str:token>/", unsubscribe_view, name="unsubscribe")]
