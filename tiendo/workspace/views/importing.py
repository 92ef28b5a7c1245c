"""Import: upload a report or resolution (or paste its text), see the figures read
from it beside the highlighted text, accept, edit or reject each one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.forms import BaseFormSet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse

from tiendo.core.models import OrgUnit, Resolution, Result, Target
from tiendo.core.models.choices import ReviewState
from tiendo.core.services import ServiceError, accept_figures
from tiendo.workspace.access import acting_unit, can_choose_unit, can_enter, units_in_charge
from tiendo.workspace.forms.importing import (
    FigureDecisionForm,
    FigureFormSet,
    ImportSourceForm,
)
from tiendo.workspace.highlight import Span, segments
from tiendo.workspace.importing import (
    MODE_TARGETS,
    StaleImport,
    choose_mode,
    initial_values,
    pack,
    propose,
    stage_upload,
    take_staged,
    unpack,
)
from tiendo.workspace.queries import unit_targets
from tiendo.workspace.reading import ReadingError, read_source
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

    @property
    def confidence(self) -> str:
        return "high" if self.score >= 0.75 else "low"

    @property
    def score_percent(self) -> int:
        return round(self.score * 100)


def _value(form: FigureDecisionForm, name: str) -> Any:
    if form.is_bound:
        raw = form[name].value()
        try:
            return int(raw) if name not in ("score", "figure_kind") else raw
        except (TypeError, ValueError):
            return 0
    return form.initial.get(name)


def _rows(formset: BaseFormSet, text: str) -> list[FigureRow]:
    rows = []
    for number, form in enumerate(formset.forms, start=1):
        start, end = _value(form, "start") or 0, _value(form, "end") or 0
        c_start, c_end = _value(form, "clause_start") or 0, _value(form, "clause_end") or 0
        try:
            score = float(_value(form, "score") or 0)
        except (TypeError, ValueError):
            score = 0.0
        rows.append(
            FigureRow(
                number=number,
                form=form,
                number_text=text[start:end],
                clause_text=text[c_start:c_end],
                score=score,
                figure_kind=str(_value(form, "figure_kind") or ""),
            )
        )
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


class ImportView(WorkspaceView):
    page_title = "Nhập số liệu từ văn bản"
    header_icon = "doc-full"
    template_name = "workspace/import.html"
    permission_check = staticmethod(can_enter)

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
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
        try:
            if upload:
                content = upload.read()
                source = read_source(data=content, filename=upload.name)
            else:
                content = None
                source = read_source(text=data["text"])
        except ReadingError as error:
            form.add_error(None, error.message_vi)
            return self.render_to_response(self.get_context_data(source_form=form))
        unit = acting_unit(request.user, data.get("unit"))
        mode = choose_mode(data["mode"], data["kind"])
        year = data.get("year") or _year_of(source.figures)
        targets = self._targets(unit, year, mode)
        proposals = propose(source.text, source.figures, list(targets.values()), mode)
        state = {
            "text": source.text,
            "title": data.get("title") or source.title,
            "kind": data["kind"],
            "mode": mode,
            "unit": unit.pk if unit else None,
            "resolution": data["resolution"].pk if data.get("resolution") else None,
            "year": year,
            "file": stage_upload(content, upload.name) if upload and content is not None else "",
            "filename": upload.name if upload else "",
        }
        formset = FigureFormSet(
            initial=[initial_values(p, year) for p in proposals],
            form_kwargs={"targets": targets, "mode": mode, "text_length": len(source.text)},
        )
        return self._preview(request, state, formset, proposals=proposals)

    # Step 2: save what the user accepted.
    def _accept(self, request: HttpRequest) -> HttpResponse:
        try:
            state = unpack(request.POST["payload"])
        except StaleImport as error:
            messages.error(request, error.message_vi)
            return HttpResponseRedirect(reverse("workspace:import"))
        unit = OrgUnit.objects.filter(pk=state["unit"]).first() if state["unit"] else None
        if unit is not None and acting_unit(request.user, unit) != unit:
            messages.error(request, "Bạn không được nhập số liệu cho đơn vị này.")
            return HttpResponseRedirect(reverse("workspace:import"))
        targets = self._targets(unit, state["year"], state["mode"])
        formset = FigureFormSet(
            request.POST,
            form_kwargs={
                "targets": targets,
                "mode": state["mode"],
                "text_length": len(state["text"]),
            },
        )
        if not formset.is_valid():
            return self._preview(request, state, formset)
        accepted = [f for f in (form.accepted(state["text"]) for form in formset.forms) if f]
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
                figures=accepted,
                user=request.user,
                org_unit=unit,
                file_name=state["filename"],
                file_content=take_staged(state["file"]) if state["file"] else None,
                resolution=resolution,
            )
        except ServiceError as error:
            messages.error(request, error.message_vi)
            return self._preview(request, state, formset)
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
    ) -> HttpResponse:
        rows = _rows(formset, state["text"])
        unit = OrgUnit.objects.filter(pk=state["unit"]).first() if state["unit"] else None
        _flag_locked(rows, unit)
        context = self.get_context_data(
            state=state,
            payload=pack(state),
            formset=formset,
            rows=rows,
            proposals=proposals or [],
            segments=segments(state["text"], _spans(rows)),
            unit=unit,
            targets_mode=state["mode"] == MODE_TARGETS,
        )
        return self.render_to_response(context)


def _year_of(figures: list[Any]) -> int | None:
    years = [f.period.year for f in figures if f.period.year]
    return max(set(years), key=years.count) if years else None
