"""Every write to feedback goes through these functions: the public form, the
moderation screens, the demo and the tests call the same code.

Each function runs in one transaction and locks the row it changes, so two
moderators acting at once cannot leave an item half-changed.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from wagtail.models import Site

from tiendo.core.models import OrgUnit
from tiendo.feedback.models import ANSWER_MAX_LENGTH, Feedback
from tiendo.feedback.textclean import clean_text
from tiendo.vietnamese import format_number

# No 0/O, 1/I/L: a citizen reading the code over the phone must not confuse letters.
_REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
_REFERENCE_LENGTH = 8

MODERATE_PERMISSION = "feedback.moderate_feedback"
ANSWER_PERMISSION = "feedback.answer_feedback"

Status = Feedback.Status


def new_reference() -> str:
    """A fresh code such as 'GY-7K3M9Q2P', unused so far."""
    while True:
        body = "".join(secrets.choice(_REFERENCE_ALPHABET) for _ in range(_REFERENCE_LENGTH))
        reference = f"GY-{body}"
        if not Feedback.objects.filter(reference=reference).exists():
            return reference


@transaction.atomic
def submit_feedback(
    *,
    name: str,
    title: str,
    content: str,
    email: str = "",
    phone: str = "",
    consented: bool,
    site: Site | None = None,
    now: datetime | None = None,
) -> Feedback:
    """Store a citizen's message and return it; its `reference` is the code to show.
    `site` is the portal it was sent on (its moderators receive it).

    The form has already checked the input; this checks again what must hold for
    every caller (a way to reply, consent) so a command or a test cannot skip it.
    """
    if not consented:
        raise ValidationError("Cần đồng ý với chính sách bảo mật trước khi gửi.")
    if not email.strip() and not phone.strip():
        raise ValidationError("Cần có thư điện tử hoặc số điện thoại để trả lời.")
    item = Feedback(
        reference=new_reference(),
        name=name,
        email=email.strip(),
        phone=phone.strip(),
        title=title,
        content=content,
        consented_at=now or timezone.now(),
        site=site,
    )
    item.full_clean(exclude=["reference"])
    item.save()
    return item


def _require(user, permission: str, item: Feedback) -> None:  # type: ignore[no-untyped-def]
    from tiendo.sites.access import may_handle_feedback

    if user is None or not user.has_perm(permission) or not may_handle_feedback(user, item):
        raise PermissionDenied("Bạn không có quyền thực hiện thao tác này với góp ý.")


def _locked(item: Feedback) -> Feedback:
    return Feedback.objects.select_for_update().get(pk=item.pk)


def _require_status(item: Feedback, allowed: set[str], action: str) -> None:
    if item.status not in allowed:
        raise ValidationError(
            f"Không thể {action} khi góp ý đang ở trạng thái “{item.get_status_display()}”."
        )


@contextmanager
def _moderating(  # type: ignore[no-untyped-def]
    item: Feedback, *, by, permission: str, allowed: set[str], action: str
) -> Iterator[Feedback]:
    """The steps every moderation shares: check the permission, lock the row, check its
    state, let the block change the locked copy, then save it with `by` as moderator.

    An error raised in the block propagates before the save, so nothing is written.
    """
    locked = _locked(item)
    _require(by, permission, locked)
    _require_status(locked, allowed, action)
    yield locked
    locked.moderated_by = by
    locked.save()


@transaction.atomic
def assign_feedback(item: Feedback, unit: OrgUnit, *, by) -> Feedback:  # type: ignore[no-untyped-def]
    """Send the item to the unit that should answer it."""
    with _moderating(
        item,
        by=by,
        permission=MODERATE_PERMISSION,
        allowed={Status.NEW, Status.ASSIGNED},
        action="chuyển đơn vị",
    ) as locked:
        locked.assigned_unit = unit
        locked.assigned_at = timezone.now()
        locked.status = Status.ASSIGNED
    return locked


@transaction.atomic
def answer_feedback(item: Feedback, answer: str, *, by) -> Feedback:  # type: ignore[no-untyped-def]
    """Record (or correct) the answer. A published item stays published with the new text."""
    with _moderating(
        item,
        by=by,
        permission=ANSWER_PERMISSION,
        allowed={Status.NEW, Status.ASSIGNED, Status.ANSWERED, Status.PUBLISHED},
        action="trả lời",
    ) as locked:
        text = clean_text(answer, multiline=True)
        if not text:
            raise ValidationError("Nội dung trả lời không được để trống.")
        if len(text) > ANSWER_MAX_LENGTH:
            raise ValidationError(
                f"Nội dung trả lời dài quá {format_number(ANSWER_MAX_LENGTH)} ký tự."
            )
        locked.answer = text
        locked.answered_by = by
        locked.answered_at = timezone.now()
        if locked.status != Status.PUBLISHED:
            locked.status = Status.ANSWERED
    return locked


@transaction.atomic
def publish_feedback(item: Feedback, *, by) -> Feedback:  # type: ignore[no-untyped-def]
    """Show the question and its answer on /hoi-dap/."""
    with _moderating(
        item,
        by=by,
        permission=MODERATE_PERMISSION,
        allowed={Status.ANSWERED},
        action="công khai",
    ) as locked:
        if not locked.answer:
            raise ValidationError("Chỉ công khai được góp ý đã có nội dung trả lời.")
        locked.status = Status.PUBLISHED
        locked.published_at = timezone.now()
    from tiendo.mail.triggers import answer_published

    answer_published(locked)  # sent once the publication is committed
    return locked


@transaction.atomic
def unpublish_feedback(item: Feedback, *, by) -> Feedback:  # type: ignore[no-untyped-def]
    """Take a published answer off the portal; it goes back to "answered"."""
    with _moderating(
        item,
        by=by,
        permission=MODERATE_PERMISSION,
        allowed={Status.PUBLISHED},
        action="gỡ công khai",
    ) as locked:
        locked.status = Status.ANSWERED
        locked.published_at = None
    return locked


@transaction.atomic
def mark_spam(item: Feedback, *, by) -> Feedback:  # type: ignore[no-untyped-def]
    """File the item as spam; if it was public it leaves the portal at once."""
    with _moderating(
        item,
        by=by,
        permission=MODERATE_PERMISSION,
        allowed={Status.NEW, Status.ASSIGNED, Status.ANSWERED, Status.PUBLISHED},
        action="đánh dấu rác",
    ) as locked:
        locked.status = Status.SPAM
        locked.published_at = None
    return locked


@transaction.atomic
def restore_feedback(item: Feedback, *, by) -> Feedback:  # type: ignore[no-untyped-def]
    """Undo "spam": the item returns to the furthest state its data supports, never public."""
    with _moderating(
        item,
        by=by,
        permission=MODERATE_PERMISSION,
        allowed={Status.SPAM},
        action="khôi phục",
    ) as locked:
        if locked.answer:
            locked.status = Status.ANSWERED
        elif locked.assigned_unit_id:
            locked.status = Status.ASSIGNED
        else:
            locked.status = Status.NEW
    return locked
