"""The import screen's working parts: which mode, which target each figure seems to
report on, and how the text and the uploaded file wait between the two steps.

Between "read" and "accept" the text travels in a signed, compressed token (so the
offsets cannot drift from the text they point into) and the file waits in storage
under a random name.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from django.core import signing
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils.text import get_valid_filename

from tiendo.core.models import Document, OrgUnit, Target
from tiendo.core.services import AcceptedFigure
from tiendo.core.validation import Issue, plausibility, warnings_of
from tiendo.extract.figure import Figure
from tiendo.units import UnitMismatch, into_unit
from tiendo.vietnamese import format_number
from tiendo.workspace.matching import Candidate, Match, best_match, unit_mismatch

MODE_RESULTS = "ket-qua"
MODE_TARGETS = "chi-tieu"
MODE_AUTO = "tu-dong"
MODE_CHOICES = [
    (MODE_AUTO, "Tự nhận biết (nghị quyết: đề xuất chỉ tiêu; báo cáo: số liệu kết quả)"),
    (MODE_RESULTS, "Số liệu kết quả cho các chỉ tiêu đã có"),
    (MODE_TARGETS, "Chỉ tiêu mới từ nghị quyết"),
]
STAGING_DIR = "tam/nhap-van-ban"
_SALT = "tiendo.workspace.import"
# A token older than this (seconds) is refused: the user reads the document again.
TOKEN_MAX_AGE = 24 * 3600


class StaleImport(Exception):
    message_vi = "Phiên nhập văn bản đã hết hạn hoặc không hợp lệ. Hãy tải văn bản lên lại."


def choose_mode(requested: str, kind: str) -> str:
    if requested in (MODE_RESULTS, MODE_TARGETS):
        return requested
    return MODE_TARGETS if kind == Document.Kind.RESOLUTION else MODE_RESULTS


def pack(data: dict[str, Any]) -> str:
    return signing.dumps(data, salt=_SALT, compress=True)


def unpack(token: str) -> dict[str, Any]:
    try:
        data: dict[str, Any] = signing.loads(token, salt=_SALT, max_age=TOKEN_MAX_AGE)
    except signing.BadSignature as error:
        raise StaleImport from error
    return data


def stage_upload(data: bytes, filename: str) -> str:
    safe = get_valid_filename(PurePath(filename).name) or "van-ban"
    return default_storage.save(f"{STAGING_DIR}/{secrets.token_hex(8)}-{safe}", ContentFile(data))


def peek_staged(name: str) -> bytes | None:
    """The staged file's bytes; None when absent or outside the staging area."""
    if not name or not name.startswith(STAGING_DIR + "/") or ".." in name:
        return None
    if not default_storage.exists(name):
        return None
    with default_storage.open(name, "rb") as handle:
        content: bytes = handle.read()
    return content


def take_staged(name: str) -> bytes | None:
    """The staged file's bytes, removing it; None when absent or outside the staging area."""
    content = peek_staged(name)
    if content is not None:
        default_storage.delete(name)
    return content


# A figure read with less confidence than this (by the extractor or by OCR) is not
# pre-selected: the clerk looks at it ("Cần xem lại") before accepting it.
REVIEW_BELOW = 0.9


@dataclass
class Proposal:
    index: int
    figure: Figure
    match: Match | None
    accept: bool
    # How sure the reading is, 0..1: the extractor's and the OCR's, the lower.
    confidence: float = 1.0
    # What the match suggests, before the confidence rule: a figure suggested but read
    # with little confidence is left for the clerk to accept ("Cần xem lại").
    suggested: bool = False
    # Why no target was proposed when one came close: its unit differs.
    hint: str = ""


def _unit_hint(figure: Figure, pool: Sequence[Candidate], context: str) -> str:
    missed = unit_mismatch(figure.indicator, figure.unit, figure.period, pool, context=context)
    if missed is None:
        return ""
    target = next(c for c in pool if c.key == missed.key)
    return (
        f"Không tự ghép với chỉ tiêu “{target.indicator}”: đơn vị tính “{figure.unit}” "
        f"khác đơn vị của chỉ tiêu (“{target.unit}”)."
    )


def figure_confidence(figure: Figure, ocr: float = 1.0) -> float:
    """The extractor's confidence (1.0 when it gives none) joined with the OCR's."""
    raw = getattr(figure, "confidence", None)
    try:
        read = 1.0 if raw is None else float(raw)
    except (TypeError, ValueError):
        read = 1.0
    return round(max(0.0, min(1.0, read, ocr)), 3)


def candidates(targets: Iterable[Target]) -> list[Candidate]:
    return [Candidate(t.pk, t.indicator, t.unit, t.period) for t in targets]


def propose(
    text: str,
    figures: Sequence[Figure],
    targets: Sequence[Target],
    mode: str,
    ocr_confidence: Callable[[int, int], float] | None = None,
) -> list[Proposal]:
    """One proposal per figure: in results mode the best-matching target; in targets
    mode the figures of kind "target" are offered as new targets. Only figures read
    with confidence are pre-selected; `ocr_confidence(start, end)` gives the OCR's
    for a scan."""
    pool = candidates(targets)
    proposals = []
    for index, figure in enumerate(figures):
        ocr = ocr_confidence(figure.start, figure.end) if ocr_confidence else 1.0
        confidence = figure_confidence(figure, ocr)
        sure = confidence >= REVIEW_BELOW
        if mode == MODE_TARGETS:
            suggested = figure.kind == "target"
            proposals.append(
                Proposal(index, figure, None, suggested and sure, confidence, suggested)
            )
            continue
        context = text[figure.clause_start : figure.clause_end]
        match = best_match(figure.indicator, figure.unit, figure.period, pool, context=context)
        suggested = match is not None and figure.kind != "target" and figure.value is not None
        hint = "" if match is not None else _unit_hint(figure, pool, context)
        proposals.append(
            Proposal(index, figure, match, suggested and sure, confidence, suggested, hint)
        )
    return proposals


def initial_values(proposal: Proposal, default_year: int | None) -> dict[str, Any]:
    figure = proposal.figure
    period = figure.period
    year = period.year or default_year
    code = ""
    if year is not None:
        from tiendo.periods import Period

        code = Period(year, period.from_month or 1, period.to_month or 12).code()
    return {
        "decision": "accept" if proposal.accept else "reject",
        "target": str(proposal.match.key) if proposal.match else "",
        "score": proposal.match.score if proposal.match else 0,
        "value": format_number(figure.value) if figure.value is not None else "",
        "value_max": figure.value_max,
        "unit": figure.unit,
        "bound": figure.bound or "",
        "kind": figure.kind if figure.kind in ("estimate", "actual") else "actual",
        "period": code,
        "indicator": figure.indicator,
        "start": figure.start,
        "end": figure.end,
        "clause_start": figure.clause_start,
        "clause_end": figure.clause_end,
        "comparisons": [{**c.as_dict(), "basis_text": c.basis_text} for c in figure.comparisons],
        "figure_kind": figure.kind,
        "confidence": proposal.confidence,
        "hint": proposal.hint,
    }


@dataclass
class ReviewCheck:
    """What stops the accepted figures from being saved yet: problems of the whole
    review (no unit, nothing accepted), and unusual values by row, to confirm."""

    problems: list[str]
    warnings: dict[int, list[Issue]]

    def blocks(self, confirmed: bool) -> bool:
        return bool(self.problems) or (bool(self.warnings) and not confirmed)


def check_review(
    accepted: Sequence[tuple[int, AcceptedFigure]], unit: OrgUnit | None, mode: str
) -> ReviewCheck:
    """The checks of the review page before anything is written: the same
    plausibility rule as the entry sheet and the API (tiendo.core.validation)."""
    check = ReviewCheck(problems=[], warnings={})
    if not accepted:
        check.problems.append(
            "Chưa nhận số liệu nào: văn bản chưa được lưu. Chọn “Nhận” ở các số liệu cần ghi."
        )
        return check
    if mode != MODE_TARGETS and unit is None:
        check.problems.append("Chọn đơn vị báo cáo ở đầu trang trước khi lưu.")
        return check
    for row, figure in accepted:
        if figure.target is None or unit is None:
            continue
        try:
            value = into_unit(figure.value, figure.unit, figure.target.unit)
        except UnitMismatch:
            continue  # the row's form already says so
        warnings = warnings_of(plausibility(figure.target, unit, figure.period, value))
        if warnings:
            check.warnings[row] = warnings
    return check
