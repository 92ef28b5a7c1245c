from __future__ import annotations

import pytest

from tiendo.feedback import demo as feedback_demo
from tiendo.feedback.models import Feedback

pytestmark = pytest.mark.django_db


def test_the_demo_has_one_published_illustrative_answer_and_is_idempotent(demo, citizen):
    feedback_demo.load(demo)  # the loader already ran once through the demo fixture
    items = list(Feedback.objects.all())
    assert len(items) == 1
    item = items[0]
    assert item.status == Feedback.Status.PUBLISHED
    assert item.is_illustrative
    assert "(minh họa)" in item.title
    assert item.assigned_unit == demo.district
    html = citizen.get("/hoi-dap/").content.decode()
    assert item.title in html
    assert "12/04/2022" in html
