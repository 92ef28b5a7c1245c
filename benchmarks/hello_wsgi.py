"""The floor of the portal benchmark: the smallest Django app, served by the same
gunicorn settings as `tiendo serve`, so the table shows what the framework and server
cost before any page does work."""

from __future__ import annotations

from django.conf import settings

if not settings.configured:
    settings.configure(
        DEBUG=False,
        SECRET_KEY="benchmark-only-not-secret",
        ALLOWED_HOSTS=["127.0.0.1", "localhost"],
        ROOT_URLCONF=__name__,
        MIDDLEWARE=[],
        INSTALLED_APPS=[],
    )

from django.core.wsgi import get_wsgi_application
from django.http import HttpRequest, HttpResponse
from django.urls import path


def hello(request: HttpRequest) -> HttpResponse:
    return HttpResponse("Xin chào", content_type="text/plain; charset=utf-8")


urlpatterns = [path("", hello)]
application = get_wsgi_application()
