"""The named writes on core data. Views, commands, the API and tests all call these,
so that every path follows the same rules (an approved value is locked; reopening
needs a reason) and every change is attributed to someone in the audit log.

States of a result: nháp (draft) -> đã gửi (submitted) -> đã duyệt (approved), or
-> trả lại (returned, with a comment) -> back to draft when edited. An approved
result is reopened to draft only with a reason.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.text import slugify

from tiendo.audit.context import acting_as
from tiendo.core.models import Document, OrgUnit, Resolution, Result, Target
from tiendo.core.models.choices import Direction, PlanKind, ReviewState
from tiendo.periods import Period
from tiendo.units import UnitMismatch, into_unit
from tiendo.vietnamese import format_number, nfc, normalize, search_key


class ServiceError(Exception):
    """A refused write; `message_vi` is shown to the user as it is."""

    def __init__(self, message_vi: str) -> None:
        self.message_vi = message_vi
        super().__init__(message_vi)


class ResultLocked(ServiceError):
    pass


class InvalidTransition(ServiceError):
    pass


EDITABLE_STATES = {ReviewState.DRAFT, ReviewState.RETURNED, ReviewState.SUBMITTED}


def _find_result(target: Target, org_unit: OrgUnit, period: Period, kind: str) -> Result | None:
    return (
        Result.objects.filter(
            target=target,
            org_unit=org_unit,
            period_year=period.year,
            period_from_month=period.from_month,
            period_to_month=period.to_month,
            kind=kind,
        )
        .order_by("-updated_at", "-id")
        .first()
    )


@transaction.atomic
def save_result(
    *,
    target: Target,
    org_unit: OrgUnit,
    period: Period,
    kind: str,
    value: float | None,
    user: Any,
    note: str = "",
    comparisons: list[dict[str, Any]] | None = None,
) -> Result:
    """Create or update the unit's draft value for a target and period.

    Editing a submitted or returned value puts it back to draft (it must be sent
    again); an approved value is locked and raises ResultLocked.
    """
    with acting_as(user):
        result = _find_result(target, org_unit, period, kind)
        if result is None:
            result = Result(
                target=target,
                org_unit=org_unit,
                period_year=period.year,
                period_from_month=period.from_month,
                period_to_month=period.to_month,
                kind=kind,
            )
        elif result.is_locked:
            raise ResultLocked(
                f"Số liệu “{target.indicator}” {period.label_vi()} đã được duyệt, "
                "không sửa được. Cần mở lại (có lý do) trước khi sửa."
            )
        changed = result.pk is None or result.value != value or result.note != note
        if not changed:
            return result
        result.value = value
        result.note = note
        if comparisons is not None:
            result.comparisons = comparisons
        result.entered_by = user
        result.review_state = ReviewState.DRAFT
        result.save()
        return result


@transaction.atomic
def submit_results(results: Iterable[Result], user: Any) -> list[Result]:
    """Send draft or returned values for approval; others are left as they are."""
    sent = []
    with acting_as(user):
        for result in results:
            if result.review_state in (ReviewState.DRAFT, ReviewState.RETURNED):
                result.review_state = ReviewState.SUBMITTED
                result.save(update_fields=["review_state", "updated_at"])
                sent.append(result)
    return sent


def _require_state(result: Result, allowed: Sequence[str], action_vi: str) -> None:
    if result.review_state not in allowed:
        raise InvalidTransition(
            f"Không thể {action_vi} số liệu đang ở trạng thái "
            f"“{result.get_review_state_display()}”."
        )


def _move_review(
    result: Result,
    user: Any,
    *,
    allowed: Sequence[str],
    action_vi: str,
    state: str,
    comment: str,
    reason: str = "",
) -> Result:
    """The step every review decision shares: refuse a result in the wrong state, then
    save its new state and comment, attributed to `user` (and `reason`) in the audit log."""
    _require_state(result, allowed, action_vi)
    with acting_as(user, reason=reason):
        result.review_state = state
        result.review_comment = comment
        result.save(update_fields=["review_state", "review_comment", "updated_at"])
    return result


@transaction.atomic
def approve_result(result: Result, user: Any) -> Result:
    return _move_review(
        result,
        user,
        allowed=[ReviewState.SUBMITTED],
        action_vi="duyệt",
        state=ReviewState.APPROVED,
        comment="",
    )


@transaction.atomic
def return_result(result: Result, user: Any, comment: str) -> Result:
    comment = comment.strip()
    if not comment:
        raise ServiceError("Khi trả lại số liệu, cần ghi ý kiến để đơn vị biết cần sửa gì.")
    returned = _move_review(
        result,
        user,
        allowed=[ReviewState.SUBMITTED],
        action_vi="trả lại",
        state=ReviewState.RETURNED,
        comment=comment,
        reason=comment,
    )
    from tiendo.mail.triggers import figures_returned

    figures_returned(returned, user)  # the reporter hears why, once this commits
    return returned


@transaction.atomic
def reopen_result(result: Result, user: Any, reason: str) -> Result:
    """Unlock an approved value; the reason is kept on the result and in the audit log."""
    reason = reason.strip()
    if not reason:
        raise ServiceError("Mở lại số liệu đã duyệt phải ghi rõ lý do.")
    return _move_review(
        result,
        user,
        allowed=[ReviewState.APPROVED],
        action_vi="mở lại",
        state=ReviewState.DRAFT,
        comment=f"Mở lại: {reason}",
        reason=reason,
    )


@dataclass
class EnteredValue:
    """A value typed on the data entry screen for one target."""

    target: Target
    value: float | None
    note: str = ""
    # The period the value is stored for when it is not the sheet's: quý II of a
    # target reported cumulatively (lũy kế) is stored for months 1 to 6.
    period: Period | None = None


@transaction.atomic
def save_period_results(
    *,
    org_unit: OrgUnit,
    period: Period,
    kind: str,
    entries: Sequence[EnteredValue],
    user: Any,
    submit: bool = False,
) -> list[Result]:
    """Save a unit's values for a period in one go, and send them if asked.

    Blank values are skipped (nothing to say yet); all or nothing is saved.
    """
    saved = [
        save_result(
            target=entry.target,
            org_unit=org_unit,
            period=entry.period or period,
            kind=kind,
            value=entry.value,
            user=user,
            note=entry.note,
        )
        for entry in entries
        if entry.value is not None
    ]
    if submit:
        submit_results(saved, user)
    return saved


# --- Import: figures read from a document become results or targets ---------------


@dataclass
class AcceptedFigure:
    """One figure the user accepted (possibly edited) on the import screen.

    `target` set: the figure becomes a Result of that target. `target` None and
    `indicator` set: it becomes a new Target of the chosen resolution.
    """

    value: float | None
    unit: str
    kind: str
    period: Period
    source_start: int
    source_end: int
    source_text: str
    target: Target | None = None
    indicator: str = ""
    value_max: float | None = None
    bound: str = ""
    comparisons: list[dict[str, Any]] = field(default_factory=list)
    # The words just before the number ("tỷ lệ hộ nghèo giảm "): they tell a plan set
    # as a change from a plan set as a level.
    lead_in: str = ""


@dataclass
class ImportOutcome:
    document: Document
    results: list[Result] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    # Figures left out, with the reason in Vietnamese (for example a locked value).
    skipped: list[str] = field(default_factory=list)
    # Values moved to their target's unit ("4.500 triệu đồng thành 4,5 tỷ đồng").
    converted: list[str] = field(default_factory=list)


def _in_target_unit(figure: AcceptedFigure) -> tuple[float | None, str | None]:
    """The figure's value in its target's unit, and a note saying how it was converted
    ("" when it needed none); note None when the units measure different things."""
    assert figure.target is not None
    try:
        converted = into_unit(figure.value, figure.unit, figure.target.unit)
    except UnitMismatch:
        return None, None
    if converted == figure.value:
        return converted, ""
    written = f"{format_number(figure.value)} {figure.unit}"
    return converted, f"Đổi từ {written} theo đơn vị tính của chỉ tiêu."


def _unique_slug(title: str) -> str:
    base = slugify(search_key(title))[:180].strip("-") or "van-ban"
    return f"{base}-{secrets.token_hex(3)}"


# "giảm 1,5%", "tăng từ 8 - 10%", "giảm bình quân 1%": the plan is a change.
_CHANGE_LEAD_IN = re.compile(
    r"\b(tăng|giảm)(?:\s+(?:từ|thêm|bình quân|khoảng|ít nhất|tối thiểu|trên|hơn))*\s*$"
)


def _plan_shape(figure: AcceptedFigure) -> tuple[str, float | None, float | None, str]:
    """(plan kind, plan, plan max, unit) of a new target read from a resolution.

    "Tỷ lệ hộ nghèo giảm 1 - 1,5%" falls by points; "thu ngân sách tăng 10% so với
    năm 2021" (no level, only a change) rises by a percentage of a measure the text
    does not name, so its unit is left for the user to fill in.
    """
    if figure.value is None:
        for comparison in figure.comparisons:
            # Only a change from an earlier year is a change plan: "vượt 10% so với dự
            # toán" compares with a budget, not with last year.
            if comparison.get("measure") == "change" and comparison.get("basis") in (
                "previous",
                "same_period",
            ):
                percent = float(comparison["percent"])
                kind = PlanKind.RISE if percent >= 0 else PlanKind.FALL
                return kind, abs(percent), None, ""
        return PlanKind.LEVEL, None, None, figure.unit
    indicator = search_key(figure.indicator)
    found = _CHANGE_LEAD_IN.search(normalize(figure.lead_in).lower())
    # "Tốc độ tăng trưởng … tăng 8%" states the growth rate itself: a level.
    if found is None or "tang truong" in indicator or "toc do" in indicator:
        return PlanKind.LEVEL, figure.value, figure.value_max, figure.unit
    kind = PlanKind.RISE if found.group(1) == "tăng" else PlanKind.FALL
    if figure.unit.strip() == "%" and not indicator.startswith("ty le"):
        # "Thu nhập bình quân tăng 10%": a share of last year's value, whose unit the
        # text does not give; a rate ("tỷ lệ … giảm 1,5%") keeps "%" and moves in points.
        return kind, figure.value, figure.value_max, ""
    return kind, figure.value, figure.value_max, figure.unit


def _new_target(resolution: Resolution, figure: AcceptedFigure, document: Document) -> Target:
    last = resolution.targets.filter(parent=None).order_by("-sort_order").first()
    order = (last.sort_order if last else 0) + 1
    year = figure.period.year or resolution.year_to
    plan_kind, plan, plan_max, unit = _plan_shape(figure)
    target = Target.objects.create(
        resolution=resolution,
        ordinal=str(order),
        sort_order=order,
        indicator=nfc(figure.indicator)[:500],
        unit=unit[:64],
        plan_kind=plan_kind,
        # "giảm 1,5%", "dưới 1,5%": the lower the better.
        direction=(
            Direction.LOWER
            if plan_kind == PlanKind.FALL or figure.bound == "at_most"
            else Direction.HIGHER
        ),
        plan_value=plan,
        plan_value_max=plan_max,
        bound=figure.bound or "",
        period_year=year,
        period_from_month=figure.period.from_month or 1,
        period_to_month=figure.period.to_month or 12,
        source_document=document,
        source_start=figure.source_start,
        source_end=figure.source_end,
        notes=f"Nhập từ văn bản “{document.title}”: {figure.source_text}",
    )
    return target


@transaction.atomic
def accept_figures(
    *,
    text: str,
    title: str,
    kind: str,
    figures: Sequence[AcceptedFigure],
    user: Any,
    org_unit: OrgUnit | None,
    file_name: str = "",
    file_content: bytes | None = None,
    resolution: Resolution | None = None,
    is_public: bool = False,
    number: str = "",
    doc_type: str = "",
    issued_on: dt.date | None = None,
) -> ImportOutcome:
    """Save the document and turn the accepted figures into results or new targets,
    all or nothing. Each result points at the characters of the document it came from.
    """
    with acting_as(user):
        document = Document(
            kind=kind,
            title=nfc(title)[:500] or "Văn bản nhập",
            slug=_unique_slug(title),
            text=text,
            is_public=is_public,
            issuer=org_unit,
            number=nfc(number)[:64],
            doc_type=nfc(doc_type)[:64],
            issued_on=issued_on,
        )
        if file_content is not None and file_name:
            document.file.save(file_name, ContentFile(file_content), save=False)
        document.save()
        outcome = ImportOutcome(document=document)
        for figure in figures:
            if figure.target is None:
                if resolution is None:
                    raise ServiceError("Cần chọn nghị quyết để thêm chỉ tiêu mới từ văn bản.")
                outcome.targets.append(_new_target(resolution, figure, document))
                continue
            if org_unit is None:
                raise ServiceError("Cần chọn đơn vị báo cáo cho số liệu.")
            value, unit_note = _in_target_unit(figure)
            if unit_note is None:
                outcome.skipped.append(
                    f"“{figure.target.indicator}” {figure.period.label_vi()}: đơn vị tính "
                    f"“{figure.unit}” khác với chỉ tiêu (“{figure.target.unit}”), không ghi."
                )
                continue
            result = _find_result(figure.target, org_unit, figure.period, figure.kind)
            if result is not None and result.is_locked:
                outcome.skipped.append(
                    f"“{figure.target.indicator}” {figure.period.label_vi()}: "
                    "đã có số liệu được duyệt, không ghi đè."
                )
                continue
            if result is None:
                result = Result(
                    target=figure.target,
                    org_unit=org_unit,
                    period_year=figure.period.year,
                    period_from_month=figure.period.from_month,
                    period_to_month=figure.period.to_month,
                    kind=figure.kind,
                )
            result.value = value
            if unit_note:
                result.note = unit_note
                outcome.converted.append(
                    f"“{figure.target.indicator}” {figure.period.label_vi()}: đổi "
                    f"{format_number(figure.value)} {figure.unit} thành "
                    f"{format_number(value)} {figure.target.unit}."
                )
            result.comparisons = figure.comparisons
            result.source_document = document
            result.source_start = figure.source_start
            result.source_end = figure.source_end
            result.source_text = figure.source_text
            result.entered_by = user
            result.review_state = ReviewState.DRAFT
            result.save()
            outcome.results.append(result)
        if figures and not outcome.results and not outcome.targets:
            # Every figure was left out: keep nothing rather than a document with
            # "0 số liệu" (the atomic block rolls the document back).
            raise ServiceError(
                "Không ghi được số liệu nào, văn bản chưa được lưu. " + " ".join(outcome.skipped)
            )
    return outcome
