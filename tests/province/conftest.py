"""A province after the 2025 reform: a resolution of the Provincial People's Committee
with a revenue target split among communes and a poverty rate every commune is held
to; communes that report, one formed by merging two older communes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pytest
from django.core.cache import cache

from tiendo.core.models import OrgUnit, Resolution, Result, Target
from tiendo.core.models.choices import ReviewState

YEAR = 2026


@dataclass
class ProvinceData:
    province: OrgUnit
    resolution: Resolution
    revenue: Target
    poverty: Target
    communes: list[OrgUnit] = field(default_factory=list)
    merged: OrgUnit | None = None
    old: list[OrgUnit] = field(default_factory=list)


def report(target, unit, value, *, to_month=6, year=YEAR, state=ReviewState.APPROVED, **extra):
    return Result.objects.create(
        target=target,
        org_unit=unit,
        period_year=year,
        period_from_month=1,
        period_to_month=to_month,
        kind="actual",
        value=value,
        review_state=state,
        **extra,
    )


def build_province(count: int, *, slug: str = "tinh-minh-hoa") -> ProvinceData:
    province = OrgUnit.objects.create(
        name="Tỉnh Minh Họa", kind=OrgUnit.Kind.PROVINCE, slug=slug, code=f"{slug}-tinh"
    )
    resolution = Resolution.objects.create(
        number="12/NQ-UBND",
        slug=f"12-nq-ubnd-2026-{slug}",
        issuer=province,
        issued_on=dt.date(2025, 12, 20),
        title="Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2026 (minh họa)",
        year_from=YEAR,
        year_to=YEAR,
    )
    revenue = Target.objects.create(
        resolution=resolution, ordinal="1", sort_order=1, period_year=YEAR,
        indicator="Thu ngân sách nhà nước trên địa bàn", unit="tỷ đồng", plan_value=5000.0,
    )  # fmt: skip
    poverty = Target.objects.create(
        resolution=resolution, ordinal="2", sort_order=2, period_year=YEAR, unit="%",
        indicator="Tỷ lệ hộ nghèo", direction="lower", aggregation="mean", plan_value=2.0,
    )  # fmt: skip
    data = ProvinceData(province, resolution, revenue, poverty)
    for number in range(1, count + 1):
        commune = OrgUnit.objects.create(
            name=f"Xã Số {number:03d}",
            kind=OrgUnit.Kind.COMMUNE,
            slug=f"{slug}-xa-{number}",
            code=f"{slug}-{number}",
            parent=province,
        )
        data.communes.append(commune)
        Target.objects.create(
            resolution=resolution, parent=revenue, org_unit=commune, ordinal="1",
            sort_order=1, period_year=YEAR, indicator=revenue.indicator, unit="tỷ đồng",
            plan_value=100.0,
        )  # fmt: skip
        report(revenue, commune, 40.0 + number, source_text=f"thu ngân sách đạt {40 + number} tỷ")
        report(poverty, commune, 1.5 + number / 10)
    return data


def merge_into_first(data: ProvinceData) -> None:
    """The first commune was formed on 1/7/2025 from two older ones, which reported
    the first half of the year before the merger."""
    merged = data.communes[0]
    merged.name = "Xã Hợp Nhất"
    merged.save()
    for number, value in ((1, 50.0), (2, 40.0)):
        old = OrgUnit.objects.create(
            name=f"Xã Cũ {number}", kind=OrgUnit.Kind.COMMUNE, slug=f"xa-cu-{number}",
            parent=data.province, valid_to=dt.date(2025, 6, 30),
        )  # fmt: skip
        old.successors.add(merged)
        report(data.revenue, old, value)
        data.old.append(old)
    data.merged = merged


@pytest.fixture
def small_province(db):
    cache.clear()
    data = build_province(3)
    merge_into_first(data)
    return data
