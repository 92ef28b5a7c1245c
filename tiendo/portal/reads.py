"""The reads of the portal's progress pages, each one prepared query (prepared.py).

Each returns the model instances the ORM query it replaces gave, with the related
objects the page follows already attached; a document brings only what the pages show
of it (not its full text).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from tiendo.core.models import Document, OrgUnit, Resolution, Result, Target, Task
from tiendo.core.prepared import Prepared, attach, fields_of, load
from tiendo.core.progress import COUNTED_STATES
from tiendo.portal.scope import SiteScope

RESOLUTION_FIELDS = fields_of(Resolution, (f.attname for f in Resolution._meta.concrete_fields))
UNIT_FIELDS = fields_of(OrgUnit, (f.attname for f in OrgUnit._meta.concrete_fields))
TARGET_FIELDS = fields_of(Target, (f.attname for f in Target._meta.concrete_fields))
# What the pages read of a source document: its link and its name (Document.__str__).
DOCUMENT_FIELDS = fields_of(Document, ("id", "number", "title", "slug", "is_public"))


def _columns(prefix: str, fields: tuple[str, ...]) -> list[str]:
    return [f"{prefix}{name}" for name in fields]


def _scoped(queryset, has_unit: bool, unit: int | None):  # type: ignore[no-untyped-def]
    return SiteScope(site_id=None, unit_id=unit if has_unit else None).resolutions(queryset)


def _scope_values(scope: SiteScope) -> tuple[tuple[bool], dict[str, Any]]:
    if scope.unit_id is None:
        return (False,), {}
    return (True,), {"unit": scope.unit_id}


class _Row:
    """Columns read off a row in order."""

    def __init__(self, row: tuple) -> None:
        self._row = row
        self._at = 0

    def take(self, count: int) -> tuple:
        found = self._row[self._at : self._at + count]
        self._at += count
        return found

    def load(self, model: type, fields: tuple[str, ...]) -> Any:
        """The next columns, as an instance of `model` (`fields` in its order)."""
        return load(model, fields, self.take(len(fields)))

    def document(self) -> Document | None:
        """The next columns, a source document's, or None when there is none."""
        values = self.take(len(DOCUMENT_FIELDS))
        return None if values[0] is None else load(Document, DOCUMENT_FIELDS, values)


_RESOLUTION_COLUMNS = [
    *RESOLUTION_FIELDS,
    *_columns("issuer__", UNIT_FIELDS),
    *_columns("source_document__", DOCUMENT_FIELDS),
]


def _resolution_query(has_unit: bool, slug: str, unit: int | None = None):  # type: ignore[no-untyped-def]
    public = Resolution.objects.filter(is_public=True, slug=slug)
    return _scoped(public, has_unit, unit).values_list(*_RESOLUTION_COLUMNS)


_resolution = Prepared(_resolution_query)


def _resolution_from(row: _Row) -> Resolution:
    resolution = row.load(Resolution, RESOLUTION_FIELDS)
    attach(resolution, "issuer", row.load(OrgUnit, UNIT_FIELDS))
    attach(resolution, "source_document", row.document())
    return resolution


def public_resolution(scope: SiteScope, slug: str) -> Resolution | None:
    """The public resolution with this slug that the site shows, with its issuer and
    source document; None if there is none."""
    shape, values = _scope_values(scope)
    found = _resolution.rows(*shape, slug=slug, **values)
    return _resolution_from(_Row(found[0])) if found else None


_TARGET_COLUMNS = [
    *TARGET_FIELDS,
    *_columns("source_document__", DOCUMENT_FIELDS),
    *_columns("resolution__", RESOLUTION_FIELDS),
]


def _target_query(has_unit: bool, target: int, slug: str, unit: int | None = None):  # type: ignore[no-untyped-def]
    shown = _scoped(Resolution.objects.filter(is_public=True), has_unit, unit)
    found = Target.objects.filter(pk=target, resolution__slug=slug, resolution__in=shown)
    return found.values_list(*_TARGET_COLUMNS)


_target = Prepared(_target_query)


def public_target(scope: SiteScope, slug: str, target_id: int) -> Target | None:
    """The target of the site's public resolution `slug`, with that resolution and its
    own source document; None if there is none."""
    shape, values = _scope_values(scope)
    found = _target.rows(*shape, target=target_id, slug=slug, **values)
    if not found:
        return None
    row = _Row(found[0])
    target = row.load(Target, TARGET_FIELDS)
    attach(target, "source_document", row.document())
    resolution = row.load(Resolution, RESOLUTION_FIELDS)
    attach(target, "resolution", resolution)
    return target


@dataclass(frozen=True)
class TaskLine:
    """A task as the resolution's page lists it, with the names of its owner units."""

    pk: int
    ordinal: str
    text: str
    deadline: dt.date | None
    status: str
    owners: tuple[str, ...]

    @property
    def status_display(self) -> str:
        return str(_TASK_STATUS_LABELS.get(self.status, self.status))


_TASK_STATUS_LABELS = dict(Task.Status.choices)
_TASK_COLUMNS = ("pk", "ordinal", "text", "deadline", "status", "owner_units__name")


def _tasks_query(resolution: int):  # type: ignore[no-untyped-def]
    # Task's own order within one resolution, then its owners in OrgUnit's order, as
    # Task.objects.filter(resolution=…).prefetch_related("owner_units") gives them.
    tasks = Task.objects.filter(resolution_id=resolution)
    ordered = tasks.order_by("ordinal", "id", "owner_units__kind", "owner_units__name")
    return ordered.values_list(*_TASK_COLUMNS)


_tasks = Prepared(_tasks_query)


def resolution_tasks(resolution: Resolution) -> list[TaskLine]:
    """The resolution's tasks in order, each with its owner units' names (one query)."""
    lines: dict[int, TaskLine] = {}
    owners: dict[int, list[str]] = {}
    for pk, ordinal, text, deadline, status, owner in _tasks.rows(resolution=resolution.pk):
        if pk not in lines:
            lines[pk] = TaskLine(pk, ordinal, text, deadline, status, ())
            owners[pk] = []
        if owner is not None:
            owners[pk].append(owner)
    return [
        dataclasses.replace(line, owners=tuple(owners[pk])) if owners[pk] else line
        for pk, line in lines.items()
    ]


RESULT_FIELDS = fields_of(Result, (f.attname for f in Result._meta.concrete_fields))
_RESULT_COLUMNS = [
    *RESULT_FIELDS,
    *_columns("org_unit__", UNIT_FIELDS),
    *_columns("source_document__", DOCUMENT_FIELDS),
]


def _results_query(target: int):  # type: ignore[no-untyped-def]
    counted = Result.objects.filter(target_id=target, review_state__in=COUNTED_STATES)
    ordered = counted.order_by("period_year", "period_to_month", "kind", "id")
    return ordered.values_list(*_RESULT_COLUMNS)


_results = Prepared(_results_query)


def target_series(target: Target) -> list[Result]:
    """What tiendo.core.progress.target_series gives (every counted result of the
    target, oldest first, with its unit and source document), in one prepared query."""
    series = []
    for found in _results.rows(target=target.pk):
        row = _Row(found)
        result = row.load(Result, RESULT_FIELDS)
        attach(result, "org_unit", row.load(OrgUnit, UNIT_FIELDS))
        attach(result, "source_document", row.document())
        series.append(result)
    return series


def _latest_resolutions_query(has_unit: bool, count: int, unit: int | None = None):  # type: ignore[no-untyped-def]
    shown = _scoped(Resolution.objects.filter(is_public=True), has_unit, unit)
    return shown.order_by("-issued_on", "number").values_list(*RESOLUTION_FIELDS)[:count]


_latest_resolutions = Prepared(_latest_resolutions_query)


def latest_resolutions(scope: SiteScope, count: int) -> list[Resolution]:
    """The site's `count` latest public resolutions, newest first."""
    shape, values = _scope_values(scope)
    rows = _latest_resolutions.rows(*shape, count, **values)
    return [load(Resolution, RESOLUTION_FIELDS, row) for row in rows]


# What a page's title and URL are made of (Page.url reads them).
PAGE_LINK_FIELDS = ("id", "path", "depth", "title", "live", "url_path", "locale_id")
# What a news card shows of an article, besides its link.
NEWS_CARD_FIELDS = (*PAGE_LINK_FIELDS, "page_ptr_id", "date", "summary", "image_id", "image_alt")


def _latest_news_query(home: int, path: str, depth: int, count: int):  # type: ignore[no-untyped-def]
    from tiendo.portal.models import NewsPage

    # PageQuerySet.descendant_of(home), spelled out: the home page is the shape.
    under = NewsPage.objects.live().filter(path__startswith=path, depth__gte=depth)
    news = under.exclude(pk=home).order_by("-date", "-id")
    return news.values_list(*fields_of(NewsPage, NEWS_CARD_FIELDS))[:count]


_latest_news = Prepared(_latest_news_query)


def latest_news(home: Any, count: int, root_paths: Any) -> list[Any]:
    """The `count` latest live articles under `home`, newest first, with their images."""
    from wagtail.images import get_image_model

    from tiendo.portal.models import NewsPage

    fields = fields_of(NewsPage, NEWS_CARD_FIELDS)
    rows = _latest_news.rows(home.pk, home.path, home.depth, count)
    articles = [load(NewsPage, fields, row) for row in rows]
    image_ids = {article.image_id for article in articles if article.image_id}
    images = get_image_model().objects.in_bulk(image_ids) if image_ids else {}
    for article in articles:
        attach(article, "image", images.get(article.image_id))
        article._wagtail_cached_site_root_paths = root_paths  # read once, not once a card
    return articles
