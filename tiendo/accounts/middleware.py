"""Keep the staff area behind our own login and its second factor.

Add "tiendo.accounts.middleware.SecondFactorMiddleware" to MIDDLEWARE right after
django_otp's OTPMiddleware. It does two things:

- Wagtail's own login page (/quan-tri/login/) sends people to /dang-nhap/, so every
  sign-in goes through the lockout and two-factor steps.
- A signed-in user who has a confirmed TOTP device but whose session is not verified
  (signed in some other way, or enrolled from another browser) must enter a code
  before any other page.
- A signed-in user whose role requires a second factor but who has none yet (their
  first login) reaches only the enrolment pages until they have one.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.http import urlencode

from tiendo.accounts import two_factor


def _is_verified(user: object) -> bool:
    is_verified = getattr(user, "is_verified", None)
    return bool(is_verified()) if callable(is_verified) else False


def _with_next(url: str, next_path: str) -> str:
    return f"{url}?{urlencode({'next': next_path})}"


class SecondFactorMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        path = request.path_info
        if path == reverse("wagtailadmin_login"):
            next_path = request.GET.get("next") or reverse("wagtailadmin_home")
            return HttpResponseRedirect(_with_next(reverse("accounts:login"), next_path))
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or self._exempt(path):
            return self.get_response(request)
        if two_factor.must_enrol(user):
            if path not in self._enrolment_paths():
                return HttpResponseRedirect(
                    _with_next(reverse("accounts:two_factor"), request.get_full_path())
                )
        elif not _is_verified(user) and two_factor.requires_second_factor(user):
            return HttpResponseRedirect(
                _with_next(reverse("accounts:second_factor"), request.get_full_path())
            )
        return self.get_response(request)

    @staticmethod
    def _exempt(path: str) -> bool:
        """Pages an unverified user must still reach: the code step, sign out, assets."""
        open_paths = {
            reverse("accounts:login"),
            reverse("accounts:second_factor"),
            reverse("accounts:logout"),
        }
        return path in open_paths or path.startswith(str(settings.STATIC_URL))

    @staticmethod
    def _enrolment_paths() -> set[str]:
        return {
            reverse("accounts:two_factor"),
            reverse("accounts:two_factor_start"),
            reverse("accounts:two_factor_confirm"),
        }
