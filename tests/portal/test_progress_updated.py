"""Pages that show progress say when it was computed, in Vietnam's time."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.cache import cache


@pytest.mark.parametrize("page", ["home", "index", "resolution", "target"])
def test_progress_pages_say_when_it_was_computed(portal_demo, client, page):
    from tiendo.core.models import ProgressSnapshot

    resolution = portal_demo.resolution
    target = portal_demo.targets["1"]
    urls = {
        "home": "/",
        "index": "/nghi-quyet/",
        "resolution": f"/nghi-quyet/{resolution.slug}/",
        "target": f"/nghi-quyet/{resolution.slug}/chi-tieu/{target.pk}/",
    }
    client.get(urls[page])
    computed = dt.datetime(2026, 12, 4, 3, 5, tzinfo=dt.UTC)
    ProgressSnapshot.objects.filter(resolution=resolution).update(computed_at=computed)
    cache.clear()
    html = client.get(urls[page]).content.decode()
    assert "Cập nhật lúc <time" in html
    assert '2026-12-04T10:05:00+07:00">10:05 04/12/2026</time>' in html
