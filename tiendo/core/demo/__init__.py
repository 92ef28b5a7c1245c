"""`tiendo demo`: the Bảo Thắng district demo, loaded idempotently."""

from __future__ import annotations

from tiendo.core.demo.loader import DemoData, load_demo

__all__ = ["DemoData", "load_demo"]
