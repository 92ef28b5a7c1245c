"""Queries compiled once per process give what the ORM gives, for any value."""

from __future__ import annotations

import pytest

from tiendo.core.models import OrgUnit, Resolution, Result
from tiendo.core.prepared import Prepared, fields_of, load

pytestmark = pytest.mark.django_db

RESOLUTION_COLUMNS = ("pk", "number", "issued_on", "issuer__name", "is_public")


def resolutions_by_slug(slug):
    return Resolution.objects.filter(slug=slug).values_list(*RESOLUTION_COLUMNS)


def test_each_value_gets_what_the_orm_gives_from_one_compilation(demo):
    built = []

    def build(slug):
        built.append(slug)
        return resolutions_by_slug(slug)

    prepared = Prepared(build)
    for slug in (demo.resolution.slug, "khong-co-nghi-quyet-nay", demo.resolution.slug):
        assert prepared.rows(slug=slug) == list(resolutions_by_slug(slug))
    assert len(built) == 1


def test_values_come_back_converted_as_the_orm_converts_them(demo):
    def build(target):
        return Result.objects.filter(target_id=target).values_list("pk", "comparisons", "value")

    prepared = Prepared(build)
    for target in demo.targets.values():
        assert prepared.rows(target=target.pk) == list(build(target.pk))
    assert any(row[1] for row in prepared.rows(target=demo.targets["3"].pk))


def test_each_shape_is_compiled_on_its_own(demo):
    def build(newest_first, count):
        order = "-issued_on" if newest_first else "issued_on"
        return Resolution.objects.order_by(order, "pk").values_list("pk")[:count]

    prepared = Prepared(build)
    for newest_first in (True, False):
        assert prepared.rows(newest_first, 2) == list(build(newest_first, 2))


@pytest.mark.parametrize(
    ("case", "build", "values", "error"),
    [
        (
            "a value rewritten into a LIKE pattern",
            lambda name: OrgUnit.objects.filter(name__startswith=name).values_list("pk"),
            {"name": "Xã"},
            ValueError,
        ),
        (
            "model instances instead of values",
            lambda slug: Resolution.objects.filter(slug=slug),
            {"slug": "15-nq-hu-2022"},
            TypeError,
        ),
        (
            "a list of values",
            lambda ids: Resolution.objects.filter(pk__in=ids).values_list("pk"),
            {"ids": [1, 2]},
            TypeError,
        ),
        (
            "a flag",
            lambda public: Resolution.objects.filter(is_public=public).values_list("pk"),
            {"public": True},
            TypeError,
        ),
    ],
)
def test_a_query_it_cannot_prepare_exactly_is_refused(demo, case, build, values, error):
    with pytest.raises(error):
        Prepared(build).rows(**values)


def test_loaded_instances_hold_the_columns_read_and_defer_the_rest(demo):
    fields = fields_of(Resolution, ("id", "number", "slug", "issuer_id"))
    row = Resolution.objects.filter(pk=demo.resolution.pk).values_list(*fields).get()
    resolution = load(Resolution, fields, row)
    assert (resolution.pk, resolution.number, resolution.issuer_id) == (
        demo.resolution.pk,
        demo.resolution.number,
        demo.resolution.issuer_id,
    )
    assert "title" in resolution.get_deferred_fields()
    assert resolution.title == demo.resolution.title  # read when asked for


def test_a_field_the_model_does_not_have_is_an_error():
    with pytest.raises(ValueError):
        fields_of(Resolution, ("id", "no_such_field"))
