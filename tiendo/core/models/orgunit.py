from __future__ import annotations

from django.db import models


class OrgUnit(models.Model):
    """A place or body that sets, owns or reports targets: a province, a commune,
    a former district, a department, a Party committee, a mass organisation."""

    class Kind(models.TextChoices):
        PROVINCE = "province", "Tỉnh, thành phố"
        COMMUNE = "commune", "Xã, phường, đặc khu"
        DISTRICT = "district", "Huyện (cấp huyện cũ)"
        DEPARTMENT = "department", "Sở, ban, ngành, phòng"
        PARTY_COMMITTEE = "party_committee", "Cấp ủy Đảng"
        MASS_ORGANISATION = "mass_organisation", "Mặt trận, đoàn thể"

    name = models.CharField("tên", max_length=255)
    kind = models.CharField("loại", max_length=32, choices=Kind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name="trực thuộc",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    code = models.CharField(
        "mã đơn vị", max_length=32, blank=True, help_text="Mã hành chính hoặc mã nội bộ."
    )
    slug = models.SlugField("đường dẫn", max_length=120, unique=True)
    valid_from = models.DateField("hiệu lực từ", null=True, blank=True)
    valid_to = models.DateField(
        "hiệu lực đến", null=True, blank=True, help_text="Ngày đơn vị giải thể, sáp nhập."
    )
    # What weights this unit when rates of several units are averaged (tỷ lệ hộ nghèo by
    # households, tỷ lệ che phủ rừng by area).
    population = models.PositiveIntegerField("dân số", null=True, blank=True)
    households = models.PositiveIntegerField("số hộ", null=True, blank=True)
    area_ha = models.FloatField("diện tích tự nhiên (ha)", null=True, blank=True)
    successors = models.ManyToManyField(
        "self",
        verbose_name="đơn vị kế thừa",
        symmetrical=False,
        blank=True,
        related_name="predecessors",
        help_text="Khi sáp nhập hoặc chia tách (cải cách năm 2025), đơn vị nhận lại địa bàn.",
    )

    class Meta:
        verbose_name = "đơn vị"
        verbose_name_plural = "đơn vị"
        ordering = ["kind", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["code"], condition=~models.Q(code=""), name="orgunit_code_unique"
            )
        ]

    def __str__(self) -> str:
        return self.name

    def ids_within(self) -> set[int]:
        """This unit's id and those of every unit under it: one query per level
        (province > commune > village is three)."""
        found = {self.pk}
        level = [self.pk]
        while level:
            level = [
                pk
                for pk in OrgUnit.objects.filter(parent__in=level).values_list("pk", flat=True)
                if pk not in found
            ]
            found.update(level)
        return found

    def is_active_on(self, day) -> bool:  # type: ignore[no-untyped-def]
        starts = self.valid_from is None or self.valid_from <= day
        ends = self.valid_to is None or day <= self.valid_to
        return starts and ends
