"""The "Khóa truy cập API" screen in the Wagtail admin: a staff member makes and
revokes their own tokens; the secret is shown once, right after it is made."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from tiendo.api.models import ApiToken
from tiendo.api.tokens import issue_token


class TokenForm(forms.Form):
    name = forms.CharField(
        label="Dùng cho", max_length=100, help_text="Ví dụ: phần mềm thống kê của phòng."
    )


def token_list(request: HttpRequest) -> HttpResponse:
    form = TokenForm(request.POST or None)
    secret = ""
    if request.method == "POST" and form.is_valid():
        _, secret = issue_token(request.user, name=form.cleaned_data["name"])
        form = TokenForm()
    tokens = ApiToken.objects.filter(user=request.user)
    context = {"form": form, "tokens": tokens, "secret": secret, "page_title": "Khóa truy cập API"}
    return render(request, "api/tokens.html", context)


@require_POST
def token_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    token = get_object_or_404(ApiToken, pk=pk, user=request.user)
    token.revoke()
    messages.success(request, f"Đã thu hồi khóa {token.prefix}…")
    return redirect("api_tokens:list")
