"""A signed-in user turns two-factor sign-in on (scan, confirm, note the recovery codes)
or off; staff whose role requires it are brought here at their first login."""

from __future__ import annotations

import django_otp
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from tiendo.accounts import recovery, two_factor
from tiendo.accounts.forms import WRONG_CODE, CodeForm
from tiendo.accounts.qr import qr_svg
from tiendo.accounts.redirects import safe_next_url

REQUIRED_CANNOT_REMOVE = (
    "Vai trò của bạn bắt buộc xác thực hai bước nên không thể tắt. "
    "Nếu đổi điện thoại, hãy chọn «Đổi thiết bị xác thực»."
)


def _next(request: HttpRequest) -> str | None:
    """Where to go once enrolled: a `next` on this site, or None."""
    candidate = request.POST.get("next") or request.GET.get("next")
    return safe_next_url(request, candidate) if candidate else None


def _settings_page(next_url: str | None = None) -> HttpResponse:
    url = reverse("accounts:two_factor")
    return redirect(f"{url}?{urlencode({'next': next_url})}" if next_url else url)


@login_required
@never_cache
@require_GET
def two_factor_view(request: HttpRequest) -> HttpResponse:
    device = two_factor.confirmed_device(request.user)
    required = two_factor.must_use_second_factor(request.user)
    pending = two_factor.pending_device(request.user)
    if pending is None and device is None and required:
        # First login of a role that must use it: the QR code is ready at once.
        pending = two_factor.start_enrolment(request.user)
    context = {
        "device": device,
        "pending": pending,
        "required": required,
        "form": CodeForm(),
        "next": _next(request),
        "recovery_left": recovery.remaining(request.user) if device else 0,
    }
    if pending is not None:
        # The SVG is drawn here from our own data (no user markup): safe to inline.
        context["qr_svg"] = mark_safe(qr_svg(pending.config_url))
        context["secret"] = two_factor.secret_text(pending)
    return render(request, "accounts/two_factor.html", context)


@login_required
@require_POST
def start_view(request: HttpRequest) -> HttpResponse:
    two_factor.start_enrolment(request.user)
    return _settings_page(_next(request))


def _show_recovery_codes(request: HttpRequest, codes: list[str]) -> HttpResponse:
    next_url = _next(request) or reverse("wagtailadmin_home")
    context = {"codes": codes, "next": next_url}
    return render(request, "accounts/recovery_codes.html", context)


@login_required
@never_cache
@require_POST
def confirm_view(request: HttpRequest) -> HttpResponse:
    form = CodeForm(request.POST)
    device = None
    if form.is_valid():
        device = two_factor.confirm_enrolment(request.user, form.cleaned_data["code"])
    if device is None:
        messages.error(request, WRONG_CODE)
        return _settings_page(_next(request))
    # The user just proved they hold the device: this session counts as verified.
    django_otp.login(request, device)
    messages.success(request, "Đã bật xác thực hai bước. Từ nay khi đăng nhập cần nhập mã.")
    return _show_recovery_codes(request, recovery.issue_codes(request.user))


@login_required
@never_cache
@require_POST
def recovery_view(request: HttpRequest) -> HttpResponse:
    """New recovery codes (the old ones stop working); only with two-factor on, and the
    middleware has already made this session pass the code step."""
    if two_factor.confirmed_device(request.user) is None:
        return _settings_page()
    messages.success(request, "Đã tạo mã dự phòng mới. Các mã cũ không còn dùng được.")
    return _show_recovery_codes(request, recovery.issue_codes(request.user))


@login_required
@require_POST
def remove_view(request: HttpRequest) -> HttpResponse:
    if two_factor.must_use_second_factor(request.user):
        messages.error(request, REQUIRED_CANNOT_REMOVE)
        return _settings_page()
    if two_factor.verify_code(request.user, request.POST.get("code", "")) is None:
        messages.error(request, WRONG_CODE)
        return _settings_page()
    two_factor.remove_devices(request.user)
    messages.success(request, "Đã tắt xác thực hai bước.")
    return _settings_page()
