"""The unsubscribe link of a reminder: a GET shows a button, the POST acts, so that a
mail scanner that follows links does not unsubscribe anyone."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from tiendo.mail.services import unsubscribe
from tiendo.mail.tokens import email_from_token


@require_http_methods(["GET", "POST"])
def unsubscribe_view(request: HttpRequest, token: str) -> HttpResponse:
    email = email_from_token(token)
    if email is None:
        return render(request, "mail/unsubscribe.html", {"invalid": True}, status=404)
    if request.method == "POST":
        unsubscribe(email)
        return render(request, "mail/unsubscribe.html", {"email": email, "done": True})
    return render(request, "mail/unsubscribe.html", {"email": email})
