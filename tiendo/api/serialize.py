"""Models to the API's JSON shapes (see schemas.py). Only reads attributes already
loaded by the queries in queries.py, so lists cost a fixed number of queries."""

from __future__ import annotations

from typing import Any

from tiendo.core.models import Baseline, Document, OrgUnit, Resolution, Result, Target
from tiendo.periods import Period


def period_out(period: Period) -> dict[str, Any]:
    return {**period.as_dict(), "code": period.code(), "label": period.label_vi()}


def org_unit_out(unit: OrgUnit) -> dict[str, Any]:
    return {"slug": unit.slug, "code": unit.code, "name": unit.name, "kind": unit.kind}


def resolution_out(resolution: Resolution) -> dict[str, Any]:
    return {
        "slug": resolution.slug,
        "number": resolution.number,
        "kind": resolution.kind,
        "title": resolution.title,
        "issuer": resolution.issuer_name or resolution.issuer.name,
        "issued_on": resolution.issued_on,
        "year_from": resolution.year_from,
        "year_to": resolution.year_to,
        "target_count": getattr(resolution, "target_count", 0),
    }


def resolution_detail_out(resolution: Resolution) -> dict[str, Any]:
    document = resolution.source_document
    return {
        **resolution_out(resolution),
        "meeting": resolution.meeting,
        "term": resolution.term,
        "term_years": resolution.term_years,
        "theme": resolution.theme,
        "main_target_count": resolution.main_target_count,
        "previous_review": resolution.previous_review,
        "source_document": document.slug if document and document.is_public else None,
    }


def baseline_out(baseline: Baseline) -> dict[str, Any]:
    return {
        "kind": baseline.kind,
        "label": baseline.label,
        "value": baseline.value,
        "inferred": baseline.inferred,
    }


def target_out(target: Target) -> dict[str, Any]:
    return {
        "id": target.pk,
        "ordinal": target.ordinal,
        "indicator": target.indicator,
        "sector": target.sector,
        "unit": target.unit,
        "direction": target.direction,
        "plan_value": target.plan_value,
        "plan_value_max": target.plan_value_max,
        "plan_kind": target.plan_kind,
        "plan_base": target.plan_base,
        "bound": target.bound,
        "is_qualitative": target.is_qualitative,
        "period": period_out(target.period),
        "baselines": [baseline_out(b) for b in target.baselines.all()],
    }


def result_out(result: Result) -> dict[str, Any]:
    document = result.source_document
    shown = document is not None and document.is_public
    return {
        "id": result.pk,
        "target": result.target_id,
        "org_unit": org_unit_out(result.org_unit),
        "period": period_out(result.period),
        "kind": result.kind,
        "value": result.value,
        "comparisons": result.comparisons or [],
        "review_state": result.review_state,
        "source": {
            "document": document.slug if shown else None,
            "document_title": document.title if shown else None,
            "start": result.source_start if shown else None,
            "end": result.source_end if shown else None,
            "text": result.source_text,
        },
        "updated_at": result.updated_at,
    }


def document_out(document: Document) -> dict[str, Any]:
    return {
        "slug": document.slug,
        "kind": document.kind,
        "title": document.title,
        "org_unit": document.issuer.slug if document.issuer_id else None,
        "text_length": len(document.text),
        "created_at": document.created_at,
    }
