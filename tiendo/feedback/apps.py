from __future__ import annotations

from django.apps import AppConfig


class FeedbackConfig(AppConfig):
    name = "tiendo.feedback"
    label = "feedback"
    verbose_name = "Góp ý, hỏi đáp"
