"""The public feedback form (/gop-y/), its thank-you page and the spoken captcha."""

from __future__ import annotations

from typing import Any

from captcha.models import CaptchaStore
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods
from wagtail.models import Site

from tiendo.feedback.captcha_fields import IMAGE_MODE, MODES
from tiendo.feedback.challenges import spoken_code
from tiendo.feedback.forms import FeedbackForm, typed_values
from tiendo.feedback.ratelimit import client_address, feedback_rate_limit, register_attempt
from tiendo.feedback.services import submit_feedback
from tiendo.feedback.speech import synthesize_wav

SESSION_REFERENCE_KEY = "feedback_reference"
FORM_TEMPLATE = "feedback/form.html"


def _render_form(request: HttpRequest, form: FeedbackForm, **context: Any) -> HttpResponse:
    """Every form drawn stores a new code: the expired ones go at the same time, so
    visitors who never send keep no rows behind them."""
    CaptchaStore.remove_expired()
    return render(request, FORM_TEMPLATE, {"form": form, **context})


def _captcha_mode(source) -> str:  # type: ignore[no-untyped-def]
    mode = source.get("kiem_tra", IMAGE_MODE)
    return mode if mode in MODES else IMAGE_MODE


@never_cache
@require_http_methods(["GET", "POST"])
def feedback_form(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return _render_form(request, FeedbackForm(captcha_mode=_captcha_mode(request.GET)))

    # "Đổi mã khác" and "dùng câu hỏi" are buttons of the form itself, so they work
    # without JavaScript and keep what the person typed; they are not submissions.
    if "doi_ma" in request.POST or "chuyen_kiem_tra" in request.POST:
        requested = request.POST.get("chuyen_kiem_tra") or request.POST.get("kiem_tra", "")
        mode = _captcha_mode({"kiem_tra": requested})
        form = FeedbackForm(initial=typed_values(request.POST), captcha_mode=mode)
        return _render_form(request, form, captcha_renewed=True)

    limit = feedback_rate_limit()
    if not register_attempt("feedback", client_address(request), limit):
        response = render(request, "feedback/rate_limited.html", {"limit": limit}, status=429)
        response["Retry-After"] = str(limit.window_seconds)
        return response

    form = FeedbackForm(request.POST, captcha_mode=_captcha_mode(request.POST))
    if not form.is_valid():
        return _render_form(request, form)
    # Sent on this host's portal: that site's moderators receive it.
    item = submit_feedback(**form.submission(), site=Site.find_for_request(request))
    request.session[SESSION_REFERENCE_KEY] = item.reference
    return redirect("feedback:sent")


@never_cache
@require_GET
def feedback_sent(request: HttpRequest) -> HttpResponse:
    reference = request.session.get(SESSION_REFERENCE_KEY)
    if not reference:
        return redirect("feedback:form")
    return render(request, "feedback/sent.html", {"reference": reference})


@never_cache
@require_GET
def captcha_audio(request: HttpRequest, key: str) -> HttpResponse:
    """The image's code read aloud; 404 when speech is not installed or the code expired."""
    store = CaptchaStore.objects.filter(hashkey=key).first()
    limit = feedback_rate_limit()
    if store is None or not register_attempt("captcha-audio", client_address(request), limit):
        raise Http404
    audio = synthesize_wav(spoken_code(store.challenge))
    if audio is None:
        raise Http404
    response = HttpResponse(audio, content_type="audio/wav")
    response["Content-Disposition"] = 'inline; filename="ma-kiem-tra.wav"'
    return response
