"""The public feedback form (góp ý). Messages are Vietnamese and sit next to the field."""

from __future__ import annotations

from typing import Any

from django import forms

from tiendo.feedback.captcha_fields import IMAGE_MODE, MODES, captcha_field
from tiendo.feedback.contact import normalize_phone
from tiendo.feedback.models import CONTENT_MAX_LENGTH, NAME_MAX_LENGTH, TITLE_MAX_LENGTH
from tiendo.feedback.textclean import clean_text
from tiendo.vietnamese import format_number

TYPED_FIELDS = ("name", "email", "phone", "title", "content", "consent")


def _length_messages(label: str, limit: int) -> dict[str, str]:
    return {
        "required": f"Vui lòng nhập {label}.",
        "max_length": (
            f"{label.capitalize()} dài quá {format_number(limit)} ký tự "
            "(hiện có %(show_value)s ký tự), vui lòng rút gọn."
        ),
    }


class CleanTextField(forms.CharField):
    """Cleans before the length check, so the limit counts the characters we store."""

    def __init__(self, *, multiline: bool = False, **kwargs: Any) -> None:
        self.multiline = multiline
        super().__init__(**kwargs)

    def to_python(self, value: Any) -> str:
        text = super().to_python(value)
        return clean_text(text, multiline=self.multiline) if text else text


class FeedbackForm(forms.Form):
    name = CleanTextField(
        label="Họ tên",
        max_length=NAME_MAX_LENGTH,
        error_messages=_length_messages("họ tên", NAME_MAX_LENGTH),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label="Thư điện tử",
        required=False,
        max_length=254,
        error_messages={"invalid": "Thư điện tử chưa đúng, ví dụ: ten@example.vn."},
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = forms.CharField(
        label="Số điện thoại",
        required=False,
        max_length=20,
        error_messages={"max_length": "Số điện thoại chưa đúng."},
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "inputmode": "tel"}),
    )
    title = CleanTextField(
        label="Tiêu đề",
        max_length=TITLE_MAX_LENGTH,
        error_messages=_length_messages("tiêu đề", TITLE_MAX_LENGTH),
    )
    content = CleanTextField(
        label="Nội dung",
        multiline=True,
        max_length=CONTENT_MAX_LENGTH,
        help_text=f"Tối đa {format_number(CONTENT_MAX_LENGTH)} ký tự.",
        error_messages=_length_messages("nội dung", CONTENT_MAX_LENGTH),
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    consent = forms.BooleanField(
        label="Tôi đã đọc và đồng ý với chính sách bảo mật",
        error_messages={
            "required": "Vui lòng đánh dấu đồng ý với chính sách bảo mật để gửi góp ý."
        },
    )
    kiem_tra = forms.ChoiceField(
        choices=[(mode, mode) for mode in MODES],
        initial=IMAGE_MODE,
        required=False,
        widget=forms.HiddenInput,
    )

    def __init__(self, *args: Any, captcha_mode: str = IMAGE_MODE, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.captcha_mode = captcha_mode if captcha_mode in MODES else IMAGE_MODE
        self.fields["kiem_tra"].initial = self.captcha_mode
        self.fields["captcha"] = captcha_field(self.captcha_mode)
        self._describe_captcha()

    def full_clean(self) -> None:
        super().full_clean()
        self._describe_captcha()

    def _describe_captcha(self) -> None:
        """Django links help and errors through aria-describedby for simple widgets
        only; the captcha is two widgets (key and answer), so link them here."""
        auto_id = self["captcha"].auto_id
        if not auto_id:
            return
        described_by = [f"{auto_id}_helptext"]
        if self.is_bound and self._errors is not None and "captcha" in self._errors:
            described_by.append(f"{auto_id}_error")
        self.fields["captcha"].widget.attrs["aria-describedby"] = " ".join(described_by)

    def clean_phone(self) -> str:
        raw = self.cleaned_data.get("phone", "")
        if not raw.strip():
            return ""
        phone = normalize_phone(raw)
        if phone is None:
            raise forms.ValidationError(
                "Số điện thoại chưa đúng. Ví dụ: 0912 345 678 hoặc 024 3825 1234."
            )
        return phone

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        has_errors = "email" in self.errors or "phone" in self.errors
        if not has_errors and not cleaned.get("email") and not cleaned.get("phone"):
            message = "Vui lòng nhập thư điện tử hoặc số điện thoại để nhận trả lời."
            self.add_error("email", message)
            self.add_error("phone", message)
        return cleaned

    def submission(self) -> dict[str, Any]:
        """The keyword arguments for services.submit_feedback."""
        data = self.cleaned_data
        return {
            "name": data["name"],
            "email": data["email"],
            "phone": data["phone"],
            "title": data["title"],
            "content": data["content"],
            "consented": data["consent"],
        }


def typed_values(post: Any) -> dict[str, Any]:
    """What the person typed, to refill the form when they only asked for a new code."""
    values: dict[str, Any] = {name: post.get(name, "") for name in TYPED_FIELDS}
    values["consent"] = bool(post.get("consent"))
    return values
