from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.forms import AuthenticationForm

WRONG_CREDENTIALS = (
    "Tên đăng nhập hoặc mật khẩu không đúng. Lưu ý: mật khẩu phân biệt chữ hoa, chữ thường."
)
ACCOUNT_DISABLED = "Tài khoản này đã bị vô hiệu hóa. Vui lòng liên hệ quản trị hệ thống."
WRONG_CODE = "Mã xác thực không đúng hoặc đã hết hạn. Vui lòng nhập mã mới trên ứng dụng."


class StaffLoginForm(AuthenticationForm):
    """Django's login form (it passes the request to authenticate(), which django-axes
    needs to count failures), with Vietnamese labels and messages."""

    username = forms.CharField(
        label="Tên đăng nhập",
        max_length=150,
        widget=forms.TextInput(attrs={"autofocus": True, "autocomplete": "username"}),
        error_messages={"required": "Vui lòng nhập tên đăng nhập."},
    )
    password = forms.CharField(
        label="Mật khẩu",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        error_messages={"required": "Vui lòng nhập mật khẩu."},
    )
    error_messages = {"invalid_login": WRONG_CREDENTIALS, "inactive": ACCOUNT_DISABLED}


class CodeForm(forms.Form):
    code = forms.CharField(
        label="Mã xác thực (6 chữ số)",
        max_length=16,
        widget=forms.TextInput(
            attrs={
                "inputmode": "numeric",
                "autocomplete": "one-time-code",
                "autofocus": True,
                "pattern": "[0-9 \\-]*",
            }
        ),
        error_messages={"required": "Vui lòng nhập mã xác thực."},
    )

    def clean_code(self) -> str:
        digits = "".join(ch for ch in self.cleaned_data["code"] if ch.isdigit())
        if len(digits) != 6:
            raise forms.ValidationError("Mã xác thực gồm đúng 6 chữ số.")
        return digits


class LoginCodeForm(CodeForm):
    """The code step at login: the app's 6 digits, or one recovery code (abcde-fghjk)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["code"]
        field.label = "Mã xác thực (6 chữ số) hoặc mã dự phòng"
        field.widget.attrs.pop("pattern", None)

    def clean_code(self) -> str:
        from tiendo.accounts import recovery

        raw = self.cleaned_data["code"]
        if recovery.looks_like_recovery_code(raw):
            return recovery.normalise(raw)
        return super().clean_code()
