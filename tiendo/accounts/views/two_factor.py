"""A signed-in user turns two-factor sign-in on (scan, confirm) or off."""

from __future__ import annotations

import django_otp
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from tiendo.accounts import two_factor
from tiendo.accounts.forms import WRONG_CODE, CodeForm
from tiendo.accounts.qr import qr_svg


def _settings_page() -> HttpResponse:
    return redirect(reverse("accounts:two_factor"))


@login_required
@never_cache
@require_GET
def two_factor_view(request: HttpRequest) -> HttpResponse:
    device = two_factor.confirmed_device(request.user)
    pending = two_factor.pending_device(request.user)
    context = {"device": device, "pending": pending, "form": CodeForm()}
    if pending is not None:
        # The SVG is drawn here from our own data (no user markup): safe to inline.
        context["qr_svg"] = mark_safe(qr_svg(pending.config_url))
        context["secret"] = two_factor.secret_text(pending)
    return render(request, "accounts/two_factor.html", context)


@login_required
@require_POST
def start_view(request: HttpRequest) -> HttpResponse:
    two_factor.start_enrolment(request.user)
    return _settings_page()


@login_required
@require_POST
def confirm_view(request: HttpRequest) -> HttpResponse:
    form = CodeForm(request.POST)
    device = None
    if form.is_valid():
        device = two_factor.confirm_enrolment(request.user, form.cleaned_data["code"])
    if device is None:
        messages.error(request, WRONG_CODE)
        return _settings_page()
    # The user just proved they hold the device: this session counts as verified.
    django_otp.login(request, device)
    messages.success(request, "Đã bật xác thực hai bước. Từ nay khi đăng nhập cần nhập mã.")
    return _settings_page()


@login_required
@require_POST
def remove_view(request: HttpRequest) -> HttpResponse:
    if two_factor.verify_code(request.user, request.POST.get("code", "")) is None:
        messages.error(request, WRONG_CODE)
        return _settings_page()
    two_factor.remove_devices(request.user)
    messages.success(request, "Đã tắt xác thực hai bước.")
    return _settings_page()
