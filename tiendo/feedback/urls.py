from __future__ import annotations

from django.urls import path

from tiendo.feedback import views

app_name = "feedback"

urlpatterns = [
    path("gop-y/", views.feedback_form, name="form"),
    path("gop-y/da-gui/", views.feedback_sent, name="sent"),
    path("gop-y/ma-kiem-tra/<slug:key>/nghe/", views.captcha_audio, name="captcha-audio"),
    path("hoi-dap/", views.answer_list, name="answers"),
    path("hoi-dap/<int:pk>/", views.answer_detail, name="answer"),
]
