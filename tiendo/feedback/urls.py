from __future__ import annotations

from django.urls import path

from tiendo.feedback.views import answers, form, lookup

app_name = "feedback"

urlpatterns = [
    path("gop-y/", form.feedback_form, name="form"),
    path("gop-y/da-gui/", form.feedback_sent, name="sent"),
    path("gop-y/ma-kiem-tra/<slug:key>/nghe/", form.captcha_audio, name="captcha-audio"),
    path("gop-y/tra-cuu/", lookup.lookup, name="lookup"),
    path("hoi-dap/", answers.answer_list, name="answers"),
    path("hoi-dap/<int:pk>/", answers.answer_detail, name="answer"),
]
