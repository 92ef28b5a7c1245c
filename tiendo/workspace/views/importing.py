"""Import: upload a report or resolution (or paste its text), see the figures read
from it beside the highlighted text, accept, edit or reject each one."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.contrib import messages
from django.forms import BaseFormSet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import reverse

from tiendo.core.models import OrgUnit, Resolution, Result, Target
from tiendo.core.models.choices import ReviewState
from tiendo.core.services import ServiceError, accept_figures
from tiendo.documents import needs_ocr
from tiendo.documents.model import Document as TextDocument
from tiendo.documents.ocr_engine import MISSING_VI, tesseract_available
from tiendo.workspace import scan_jobs
from tiendo.workspace.access import acting_unit, can_choose_unit, can_enter, units_in_charge
from tiendo.workspace.forms.importing import (
    FigureDecisionForm,
    FigureFormSet,
    ImportSourceForm,
)
from tiendo.workspace.highlight import Span, page_segments, segments
from tiendo.workspace.importing import (
    MODE_TARGETS,
    REVIEW_BELOW,
    ReviewCheck,
    StaleImport,
    check_review,
    choose_mode,
    initial_values,
    pack,
    propose,
    stage_upload,
    take_staged,
    unpack,
)
from tiendo.workspace.queries import data_years, unit_targets
from tiendo.workspace.reading import ReadingError, ReadSource, read_source, source_from_document
from tiendo.workspace.reporting_periods import parse_code
from tiendo.workspace.views.base import WorkspaceView


@dataclass
class FigureRow:
    """One figure as the preview shows it: its form and what it was read from."""

    number: int
    form: FigureDecisionForm
    number_text: str
    clause_text: str
    score: float
    figure_kind: str
    # An approved value already holds this target and period: it will not be overwritten.
    locked: bool = False
    # How sure the reading is (extractor and OCR), 0..1.
    reading_confidence: float = 1.0
    # On a scan: the page and the box of the figure's line on it.
    page: int | None = None
    box: tuple[int, int, int, int] | None = None
    # Unusual values (tiendo.core.validation), confirmed with "Xác nhận số liệu bất thường".
    warnings: list[Any] = field(default_factory=list)
    # Why no target was proposed though one came close.
    hint: str = ""

    @property
    def confidence(self) -> str:
        return "high" if self.score >= 0.75 else "low"

    @property
    def needs_review(self) -> bool:
        return self.reading_confidence < REVIEW_BELOW

    @property
    def line_view(self) -> str:
        """SVG viewBox of the figure's line on its page, with a margin: a zoomed view."""
        if self.box is None:
            return ""
        left, top, right, bottom = self.box
        margin = max(12, (bottom - top) // 2)
        width, height = right - left + 2 * margin, bottom - top + 2 * margin
        return f"{left - margin} {top - margin} {width} {height}"

    @property
    def line_rect(self) -> dict[str, int]:
        left, top, right, bottom = self.box or (0, 0, 0, 0)
        return {"x": left, "y": top, "width": right - left, "height": bottom - top}

    @property
    def score_percent(self) -> int:
        return round(self.score * 100)


def _value(form: FigureDecisionForm, name: str) -> Any:
    if form.is_bound:
        raw = form[name].value()
        try:
            return int(raw) if name not in ("score", "figure_kind", "confidence") else raw
        except (TypeError, ValueError):
            return 0
    return form.initial.get(name)


def _float(form: FigureDecisionForm, name: str, default: float) -> float:
    raw = _value(form, name)
    try:
        return default if raw in (None, "") else float(raw)
    except (TypeError, ValueError):
        return default


def _rows(
    formset: BaseFormSet,
    text: str,
    document: TextDocument | None,
    warnings: dict[int, list[Any]] | None = None,
) -> list[FigureRow]:
    rows = []
    for number, form in enumerate(formset.forms, start=1):
        start, end = _value(form, "start") or 0, _value(form, "end") or 0
        c_start, c_end = _value(form, "clause_start") or 0, _value(form, "clause_end") or 0
        row = FigureRow(
            number=number,
            form=form,
            number_text=text[start:end],
            clause_text=text[c_start:c_end],
            score=_float(form, "score", 0.0),
            figure_kind=str(_value(form, "figure_kind") or ""),
            reading_confidence=_float(form, "confidence", 1.0),
            warnings=(warnings or {}).get(number - 1, []),
            hint=str((form["hint"].value() if form.is_bound else form.initial.get("hint")) or ""),
        )
        located = document.locate(start) if document is not None else None
        if located is not None and located[0].ocr and located[1] is not None:
            row.page, row.box = located[0].number, located[1].box
        rows.append(row)
    return rows


def _flag_locked(rows: list[FigureRow], unit: OrgUnit | None) -> None:
    """Mark the rows whose target and period already have an approved value (one query)."""
    if unit is None:
        return
    wanted: dict[tuple[str, str, str], FigureRow] = {}
    for row in rows:
        form = row.form
        raw = form["target"].value() if form.is_bound else form.initial.get("target")
        period = form["period"].value() if form.is_bound else form.initial.get("period")
        kind = form["kind"].value() if form.is_bound else form.initial.get("kind")
        if raw and period:
            try:
                code = parse_code(str(period)).code()
            except ValueError:
                continue
            wanted[(str(raw), code, str(kind))] = row
    if not wanted:
        return
    approved = Result.objects.filter(
        org_unit=unit,
        review_state=ReviewState.APPROVED,
        target_id__in={int(key[0]) for key in wanted if key[0].isdigit()},
    ).only("target_id", "period_year", "period_from_month", "period_to_month", "kind")
    for result in approved:
        row = wanted.get((str(result.target_id), result.period.code(), result.kind))
        if row is not None:
            row.locked = True


def _spans(rows: list[FigureRow]) -> list[Span]:
    spans = []
    for row in rows:
        form = row.form
        spans.append(
            Span(
                row.number - 1,
                _value(form, "start") or 0,
                _value(form, "end") or 0,
                _value(form, "clause_start") or 0,
                _value(form, "clause_end") or 0,
            )
        )
    return spans


@dataclass
class LineBox:
    number: int
    x: int
    y: int
    width: int
    height: int


@dataclass
class PageView:
    """A scanned page on the preview: its image, the boxes of its figures' lines, and
    the text read from it with the figures marked."""

    number: int
    width: int
    height: int
    image_url: str
    boxes: list[LineBox]
    segments: list[Any]


class ImportView(WorkspaceView):
    page_title = "Nhập số liệu từ văn bản"
    header_icon = "doc-full"
    template_name = "workspace/import.html"
    permission_check = staticmethod(can_enter)

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.GET.get("viec"):
            return self._job(request, request.GET["viec"])
        form = ImportSourceForm(
            choose_unit=can_choose_unit(request.user), units=units_in_charge(request.user)
        )
        return self.render_to_response(self.get_context_data(source_form=form))

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if "payload" in request.POST:
            return self._accept(request)
        return self._read(request)

    # Step 1: read the document and propose a decision per figure.
    def _read(self, request: HttpRequest) -> HttpResponse:
        choose = can_choose_unit(request.user)
        form = ImportSourceForm(
            request.POST, request.FILES, choose_unit=choose, units=units_in_charge(request.user)
        )
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(source_form=form))
        data = form.cleaned_data
        upload = data.get("file")
        choices = {
            "title": data.get("title") or "",
            "kind": data["kind"],
            "mode": data["mode"],
            "unit": data["unit"].pk if data.get("unit") else None,
            "resolution": data["resolution"].pk if data.get("resolution") else None,
            "year": data.get("year"),
        }
        try:
            if upload:
                content = upload.read()
                if needs_ocr(content, upload.name):
                    return self._queue_scan(request, form, content, upload.name, choices)
                source = read_source(data=content, filename=upload.name)
            else:
                content = None
                source = read_source(text=data["text"])
        except ReadingError as error:
            form.add_error(None, error.message_vi)
            return self.render_to_response(self.get_context_data(source_form=form))
        staged = stage_upload(content, upload.name) if upload and content is not None else ""
        return self._propose(
            request, source, choices, file=staged, filename=upload.name if upload else ""
        )

    def _queue_scan(
        self,
        request: HttpRequest,
        form: ImportSourceForm,
        content: bytes,
        filename: str,
        choices: dict[str, Any],
    ) -> HttpResponse:
        """A scan is read by OCR in the background: the page shows its progress."""
        from tiendo.workspace.tasks import read_scan

        if not tesseract_available():
            form.add_error(None, MISSING_VI)
            return self.render_to_response(self.get_context_data(source_form=form))
        staged = stage_upload(content, filename)
        job = scan_jobs.create(user=request.user.pk, file=staged, filename=filename, form=choices)
        read_scan.enqueue(job)
        return HttpResponseRedirect(f"{reverse('workspace:import')}?viec={job}")

    def _job(self, request: HttpRequest, job: str) -> HttpResponse:
        state = scan_jobs.state(job)
        if state is None or state.get("user") != request.user.pk:
            raise Http404("Không có việc đọc văn bản này.")
        if "trang-thai" in request.GET:
            keys = ("state", "done", "total", "error")
            return JsonResponse({key: state.get(key) for key in keys})
        if state["state"] == scan_jobs.FAILED:
            take_staged(state["file"])
            scan_jobs.discard(job)
            return self._start_again(request, state.get("error") or "Không đọc được văn bản quét.")
        document = scan_jobs.document(job) if state["state"] == scan_jobs.DONE else None
        if document is None:
            return self.render_to_response(
                self.get_context_data(job=job, job_state=state, filename=state["filename"])
            )
        try:
            source = source_from_document(document)
        except ReadingError as error:
            take_staged(state["file"])
            scan_jobs.discard(job)
            return self._start_again(request, error.message_vi)
        return self._propose(
            request, source, state["form"], file=state["file"], filename=state["filename"], job=job
        )

    def _start_again(self, request: HttpRequest, message: str) -> HttpResponse:
        """The upload form again, saying why the scan could not be read."""
        form = ImportSourceForm(
            choose_unit=can_choose_unit(request.user), units=units_in_charge(request.user)
        )
        return self.render_to_response(self.get_context_data(source_form=form, read_error=message))

    def _propose(
        self,
        request: HttpRequest,
        source: ReadSource,
        choices: dict[str, Any],
        *,
        file: str,
        filename: str,
        job: str = "",
    ) -> HttpResponse:
        chosen = OrgUnit.objects.filter(pk=choices["unit"]).first() if choices["unit"] else None
        unit = acting_unit(request.user, chosen)
        mode = choose_mode(choices["mode"], choices["kind"])
        year = choices.get("year") or _year_of(source.figures)
        targets = self._targets(unit, year, mode)
        document = source.document
        scanned = document is not None and any(page.ocr for page in document.pages)
        proposals = propose(
            source.text,
            source.figures,
            list(targets.values()),
            mode,
            ocr_confidence=document.confidence if scanned and document else None,
        )
        state = {
            "text": source.text,
            "title": choices.get("title") or source.title,
            "kind": choices["kind"],
            "mode": mode,
            "unit": unit.pk if unit else None,
            "resolution": choices.get("resolution"),
            "year": year,
            "file": file,
            "filename": filename,
            "job": job,
        }
        formset = FigureFormSet(
            initial=[initial_values(p, year) for p in proposals],
            form_kwargs={
                "targets": targets,
                "mode": mode,
                "text_length": len(source.text),
                "years": _years(year),
            },
        )
        return self._preview(request, state, formset, proposals=proposals)

    # Step 2: save what the user accepted.
    def _accept(self, request: HttpRequest) -> HttpResponse:
        try:
            state = unpack(request.POST["payload"])
        except StaleImport as error:
            messages.error(request, error.message_vi)
            return HttpResponseRedirect(reverse("workspace:import"))
        unit = self._reporting_unit(request, state)
        if unit is not None and acting_unit(request.user, unit) != unit:
            messages.error(request, "Bạn không được nhập số liệu cho đơn vị này.")
            return HttpResponseRedirect(reverse("workspace:import"))
        state["unit"] = unit.pk if unit else None
        targets = self._targets(unit, state["year"], state["mode"])
        formset = FigureFormSet(
            request.POST,
            form_kwargs={
                "targets": targets,
                "mode": state["mode"],
                "text_length": len(state["text"]),
                "years": _years(state["year"]),
            },
        )
        if not formset.is_valid():
            return self._preview(request, state, formset)
        decided = [(n, form.accepted(state["text"])) for n, form in enumerate(formset.forms)]
        accepted = [(n, figure) for n, figure in decided if figure is not None]
        check = check_review(accepted, unit, state["mode"])
        if check.blocks(confirmed=bool(request.POST.get("confirm_unusual"))):
            return self._preview(request, state, formset, check=check)
        resolution = (
            Resolution.objects.filter(pk=state["resolution"]).first()
            if state["resolution"]
            else None
        )
        try:
            outcome = accept_figures(
                text=state["text"],
                title=state["title"],
                kind=state["kind"],
                figures=[figure for _, figure in accepted],
                user=request.user,
                org_unit=unit,
                file_name=state["filename"],
                file_content=take_staged(state["file"]) if state["file"] else None,
                resolution=resolution,
            )
        except ServiceError as error:
            messages.error(request, error.message_vi)
            return self._preview(request, state, formset)
        if state.get("job"):
            scan_jobs.discard(state["job"])
        messages.success(
            request,
            f"Đã lưu văn bản “{outcome.document.title}”: {len(outcome.results)} số liệu, "
            f"{len(outcome.targets)} chỉ tiêu mới.",
        )
        for note in outcome.converted:
            messages.info(request, note)
        for note in outcome.skipped:
            messages.warning(request, note)
        return HttpResponseRedirect(reverse("workspace:import"))

    def _reporting_unit(self, request: HttpRequest, state: dict[str, Any]) -> OrgUnit | None:
        """The unit chosen on the review page (those who may choose), else the one the
        upload named, else the user's own."""
        chosen = request.POST.get("unit") if can_choose_unit(request.user) else None
        key = chosen if chosen and chosen.isdigit() else state["unit"]
        unit = OrgUnit.objects.filter(pk=key).first() if key else None
        return unit or acting_unit(request.user, None)

    def _targets(self, unit: OrgUnit | None, year: int | None, mode: str) -> dict[str, Target]:
        if mode == MODE_TARGETS or year is None:
            return {}
        return {str(t.pk): t for t in unit_targets(unit, year)}

    def _preview(
        self,
        request: HttpRequest,
        state: dict[str, Any],
        formset: BaseFormSet,
        proposals: list[Any] | None = None,
        check: ReviewCheck | None = None,
    ) -> HttpResponse:
        job = state.get("job") or ""
        document = scan_jobs.document(job) if job else None
        rows = _rows(formset, state["text"], document, check.warnings if check else None)
        unit = OrgUnit.objects.filter(pk=state["unit"]).first() if state["unit"] else None
        _flag_locked(rows, unit)
        spans = _spans(rows)
        context = self.get_context_data(
            state=state,
            payload=pack(state),
            formset=formset,
            rows=rows,
            proposals=proposals or [],
            segments=segments(state["text"], spans),
            pages=_pages(job, document, rows, spans, state["text"]) if document else [],
            unit=unit,
            targets_mode=state["mode"] == MODE_TARGETS,
            review_below=round(REVIEW_BELOW * 100),
            units=(
                units_in_charge(request.user).order_by("kind", "name")
                if can_choose_unit(request.user)
                else None
            ),
            problems=check.problems if check else [],
            needs_confirmation=bool(check and check.warnings),
        )
        return self.render_to_response(context)


def _pages(
    job: str, document: TextDocument, rows: list[FigureRow], spans: list[Span], text: str
) -> list[PageView]:
    """The scanned pages that hold figures, each beside the text read from it.

    Each image goes in the page itself (a data: address): one request, and the image
    needs no access check of its own.
    """
    import base64

    out = []
    for page in document.pages:
        boxes = [
            LineBox(row.number, **row.line_rect)
            for row in rows
            if row.page == page.number and row.box
        ]
        image = scan_jobs.page_image(job, page.number) if page.ocr and boxes else None
        if image is None:
            continue
        out.append(
            PageView(
                number=page.number,
                width=page.width,
                height=page.height,
                image_url="data:image/jpeg;base64," + base64.b64encode(image).decode("ascii"),
                boxes=boxes,
                segments=page_segments(text, spans, page.offset, page.end),
            )
        )
    return out


def _year_of(figures: list[Any]) -> int | None:
    years = [f.period.year for f in figures if f.period.year]
    return max(set(years), key=years.count) if years else None


def _years(year: int | None) -> list[int]:
    """The years the review's period selectors offer."""
    return sorted({*data_years(), *([year] if year else [])})
