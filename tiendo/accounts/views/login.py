"""Sign in (password, then a code for users with two-factor) and sign out."""

from __future__ import annotations

from axes.helpers import get_lockout_response
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods

from tiendo.accounts import login_flow
from tiendo.accounts.forms import WRONG_CODE, LoginCodeForm, StaffLoginForm
from tiendo.accounts.redirects import safe_next_url


def _greeting(user: object) -> str:
    name = getattr(user, "get_full_name", lambda: "")() or getattr(user, "username", "")
    return f"Đăng nhập thành công. Xin chào {name}."


@sensitive_post_parameters("password")
@csrf_protect
@never_cache
@require_http_methods(["GET", "POST"])
def login_view(request: HttpRequest) -> HttpResponse:
    next_url = safe_next_url(request, request.POST.get("next") or request.GET.get("next"))
    form = StaffLoginForm(request, data=request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        outcome = login_flow.finish_password_step(request, form.get_user(), next_url)
        if outcome.needs_code:
            return redirect(reverse("accounts:second_factor"))
        messages.success(request, _greeting(request.user))
        return redirect(outcome.next_url)
    context = {"form": form, "next": next_url, "failure_limit": settings.AXES_FAILURE_LIMIT}
    return render(request, "accounts/login.html", context)


@sensitive_post_parameters("code")
@csrf_protect
@never_cache
@require_http_methods(["GET", "POST"])
def second_factor_view(request: HttpRequest) -> HttpResponse:
    user = login_flow.user_awaiting_code(request)
    if user is None:
        messages.info(request, "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.")
        return redirect(reverse("accounts:login"))
    candidate = login_flow.pending_next_url(request) or request.GET.get("next")
    next_url = safe_next_url(request, request.POST.get("next") or candidate)
    form = LoginCodeForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        outcome = login_flow.finish_code_step(request, user, form.cleaned_data["code"], next_url)
        if outcome.locked:
            credentials = {"username": user.get_username()}
            return get_lockout_response(request, None, credentials)
        if outcome.signed_in:
            messages.success(request, _greeting(user))
            return redirect(outcome.next_url)
        form.add_error("code", WRONG_CODE)
    return render(request, "accounts/second_factor.html", {"form": form, "next": next_url})


@csrf_protect
@never_cache
@require_http_methods(["GET", "POST"])
def logout_view(request: HttpRequest) -> HttpResponse:
    """GET asks for confirmation; only POST signs out (a link cannot log anyone out)."""
    if request.method == "GET":
        return render(request, "accounts/logout.html")
    login_flow.clear_pending(request)
    logout(request)
    messages.info(request, "Bạn đã đăng xuất.")
    return redirect(reverse("accounts:login"))
