"""What every workspace screen shares: Wagtail's admin frame and a permission check."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponseBase
from django.urls import reverse_lazy
from django.views import View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin


class WorkspaceView(WagtailAdminTemplateMixin, View):
    # Checked before anything else: can_enter, can_approve, ...
    permission_check: Callable[[Any], bool] | None = None

    def get_breadcrumbs_items(self) -> list[dict[str, Any]]:
        return [
            *self.breadcrumbs_items,
            {"url": reverse_lazy("workspace:entry"), "label": "Số liệu"},
            {"url": "", "label": self.get_page_title()},
        ]

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        check = type(self).permission_check
        if check is not None and not check(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)
