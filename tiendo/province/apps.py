from __future__ import annotations

from django.apps import AppConfig


class ProvinceConfig(AppConfig):
    name = "tiendo.province"
    label = "province"
    verbose_name = "Theo xã, phường"
