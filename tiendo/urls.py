from __future__ import annotations

from django.conf import settings
from django.urls import include, path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

urlpatterns = [
    path("quan-tri/", include(wagtailadmin_urls)),
    path("admin/", RedirectView.as_view(url="/quan-tri/", permanent=False)),
    path("tai-lieu/", include(wagtaildocs_urls)),
    path("captcha/", include("captcha.urls")),
    path("api/", include("tiendo.api.urls")),
    path("", include("tiendo.accounts.urls")),
    path("", include("tiendo.feedback.urls")),
    path("", include("tiendo.mail.urls")),
    path("", include("tiendo.workspace.urls")),
    path("", include("tiendo.portal.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail serves the portal's pages; it comes last so it catches every other path.
urlpatterns.append(path("", include(wagtail_urls)))
