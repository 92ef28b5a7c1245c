"""Load the demo into the database. Running it twice gives the same data: every row is
found by a natural key (slug, ordinal, period) and updated in place."""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass, field

from django.db import transaction

from tiendo.core.demo import content
from tiendo.core.models import Baseline, Document, OrgUnit, Resolution, Result, Target, Task
from tiendo.core.models.choices import ReviewState

log = logging.getLogger(__name__)

# Other apps add their part of the demo (portal pages, feedback, accounts) through a
# `load(demo: DemoData)` function in these modules, called after the core data exists.
EXTENSION_LOADERS = [
    "tiendo.portal.demo",
    "tiendo.feedback.demo",
    "tiendo.accounts.demo",
    "tiendo.workspace.demo",
]


@dataclass
class DemoData:
    province: OrgUnit
    district: OrgUnit
    party_committee: OrgUnit
    resolution: Resolution
    resolution_document: Document
    article: Document
    targets: dict[str, Target] = field(default_factory=dict)
    results: list[Result] = field(default_factory=list)


def _unit(data: dict, parent: OrgUnit | None = None) -> OrgUnit:
    fields = {k: v for k, v in data.items() if k != "slug"}
    unit, _ = OrgUnit.objects.update_or_create(
        slug=data["slug"], defaults={**fields, "parent": parent}
    )
    return unit


def _document(slug: str, defaults: dict) -> Document:
    doc, _ = Document.objects.update_or_create(slug=slug, defaults=defaults)
    return doc


def _inferred_baseline(result: Result, basis_text: str) -> float:
    """The level a reported ratio implies: 220 tỷ đồng at 23,08% gives 953,2."""
    from tiendo.progress import Quantity, infer_base

    percent = next(c["percent"] for c in result.comparisons if c["basis_text"] == basis_text)
    base = infer_base(Quantity.written(result.value), percent, None, "ratio")
    assert base is not None, "a reported ratio of zero implies no baseline"
    return round(base.value, 2)


@transaction.atomic
def load_core_demo() -> DemoData:
    province = _unit(content.PROVINCE)
    district = _unit(content.DISTRICT, parent=province)
    party = _unit(content.PARTY_COMMITTEE, parent=district)

    resolution_document = _document(
        "nghi-quyet-15-nq-hu",
        {
            "kind": Document.Kind.RESOLUTION,
            "doc_type": "Nghị quyết",
            "number": content.RESOLUTION["number"],
            "title": content.RESOLUTION["title"],
            "issuer": party,
            "issuer_name": content.RESOLUTION["issuer_name"],
            "issued_on": content.RESOLUTION["issued_on"],
            "effective_on": content.RESOLUTION["issued_on"],
            "field": "Kinh tế - xã hội",
            "text": content.RESOLUTION_TEXT,
        },
    )
    article = _document(
        content.ARTICLE["slug"],
        {
            "kind": Document.Kind.NEWS,
            "doc_type": "Tin bài",
            "title": content.ARTICLE["title"],
            "issuer": district,
            "issuer_name": content.ARTICLE["issuer_name"],
            "issued_on": content.ARTICLE["issued_on"],
            "text": content.ARTICLE["text"],
        },
    )
    resolution, _ = Resolution.objects.update_or_create(
        slug=content.RESOLUTION["slug"],
        defaults={
            **{k: v for k, v in content.RESOLUTION.items() if k != "slug"},
            "issuer": party,
            "source_document": resolution_document,
        },
    )

    demo = DemoData(province, district, party, resolution, resolution_document, article)
    for order, data in enumerate(content.TARGETS, start=1):
        target, _ = Target.objects.update_or_create(
            resolution=resolution,
            ordinal=data["ordinal"],
            parent=None,
            defaults={**data, "sort_order": order, "period_year": 2022},
        )
        target.responsible_units.set([district])
        demo.targets[data["ordinal"]] = target

    for data in content.RESULTS:
        start = article.text.index(data["clause"])
        result, _ = Result.objects.update_or_create(
            target=demo.targets[data["ordinal"]],
            org_unit=district,
            period_year=2022,
            period_from_month=1,
            period_to_month=3,
            kind=data["kind"],
            source_document=article,
            defaults={
                "value": data["value"],
                "comparisons": data["comparisons"],
                "source_start": start,
                "source_end": start + len(data["clause"]),
                "source_text": data["clause"],
                "review_state": ReviewState.APPROVED,
            },
        )
        demo.results.append(result)

    results_by_ordinal = {r.target.ordinal: r for r in demo.results}
    for ordinal, kind, basis_text in content.INFERRED_BASELINES:
        result = results_by_ordinal[ordinal]
        Baseline.objects.update_or_create(
            target=demo.targets[ordinal],
            kind=kind,
            defaults={
                "value": _inferred_baseline(result, basis_text),
                "label": basis_text,
                "inferred": True,
                "source_document": article,
                "note": "Tính ngược từ tỷ lệ % đã báo cáo trong quý I năm 2022.",
            },
        )

    for data in content.TASKS:
        task, _ = Task.objects.update_or_create(
            resolution=resolution, ordinal=data["ordinal"], defaults=data
        )
        task.owner_units.set([district])
    return demo


def load_demo() -> DemoData:
    demo = load_core_demo()
    for dotted in EXTENSION_LOADERS:
        try:
            module = importlib.import_module(dotted)
        except ModuleNotFoundError as error:
            if error.name != dotted:
                raise
            continue
        with transaction.atomic():
            module.load(demo)
    return demo
