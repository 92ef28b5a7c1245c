"""The public answers at /hoi-dap/: only what was published, searchable, escaped."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tiendo.feedback.services import (
    answer_feedback,
    assign_feedback,
    mark_spam,
    publish_feedback,
)

pytestmark = pytest.mark.django_db


def test_only_published_items_appear(citizen, make_item, make_published, moderator):
    make_item(title="Câu hỏi mới chưa duyệt")
    answer_feedback(make_item(title="Đã trả lời chưa công khai"), "Trả lời", by=moderator)
    mark_spam(make_published(title="Bị đánh dấu rác"), by=moderator)
    make_published(title="Câu hỏi đã công khai", answer="Câu trả lời công khai")
    html = citizen.get("/hoi-dap/").content.decode()
    assert "Câu hỏi đã công khai" in html
    assert "Câu trả lời công khai" in html
    for hidden in ["Câu hỏi mới chưa duyệt", "Đã trả lời chưa công khai", "Bị đánh dấu rác"]:
        assert hidden not in html


def test_contact_details_are_never_shown(citizen, make_published):
    make_published(email="rieng-tu@example.vn", phone="0912345678")
    html = citizen.get("/hoi-dap/").content.decode()
    assert "rieng-tu@example.vn" not in html
    assert "0912345678" not in html


def test_newest_published_comes_first(citizen, make_published):
    make_published(title="Công khai trước")
    make_published(title="Công khai sau")
    html = citizen.get("/hoi-dap/").content.decode()
    assert html.index("Công khai sau") < html.index("Công khai trước")


def test_search_ignores_diacritics_and_tone_placement(citizen, make_published):
    make_published(title="Hỏi về thuỷ lợi nội đồng")
    make_published(title="Hỏi về học phí")
    for query in ["thuy loi", "thủy lợi", "THUỶ LỢI"]:
        html = citizen.get("/hoi-dap/", {"q": query}).content.decode()
        assert "Hỏi về thuỷ lợi nội đồng" in html
        assert "Hỏi về học phí" not in html


def test_search_also_looks_in_the_answer(citizen, make_published):
    make_published(title="Câu hỏi A", answer="Xã Xuân Quang sẽ sửa cầu.")
    html = citizen.get("/hoi-dap/", {"q": "xuan quang"}).content.decode()
    assert "Câu hỏi A" in html


def test_pages_hold_ten_answers_and_link_onwards(citizen, make_published):
    for n in range(12):
        make_published(title=f"Câu hỏi số {n:02d}")
    first = citizen.get("/hoi-dap/").content.decode()
    second = citizen.get("/hoi-dap/", {"trang": 2}).content.decode()
    assert first.count('class="gy-item"') == 10
    assert second.count('class="gy-item"') == 2
    assert "trang=2" in first
    assert "Câu hỏi số 00" in second


def _publish_assigned(make_item, moderator, unit, count: int) -> None:
    for n in range(count):
        item = assign_feedback(make_item(title=f"Câu hỏi {n}"), unit, by=moderator)
        publish_feedback(answer_feedback(item, "Trả lời", by=moderator), by=moderator)


def test_the_list_runs_a_fixed_number_of_queries(
    citizen, make_item, moderator, unit, django_assert_max_num_queries
):
    _publish_assigned(make_item, moderator, unit, 1)
    citizen.get("/hoi-dap/")  # the portal's base template may set up its settings once
    with CaptureQueriesContext(connection) as one_item:
        citizen.get("/hoi-dap/")
    feedback_queries = [q for q in one_item.captured_queries if "feedback_feedback" in q["sql"]]
    assert len(feedback_queries) == 2  # the count and one page of rows with units joined

    _publish_assigned(make_item, moderator, unit, 9)
    with django_assert_max_num_queries(len(one_item)):
        response = citizen.get("/hoi-dap/")
    html = response.content.decode()
    assert html.count('class="gy-item"') == 10
    assert html.count(unit.name) >= 10


def test_markup_in_a_question_is_escaped(citizen, make_published):
    item = make_published(
        title='<img src=x onerror="alert(1)">Tiêu đề',
        content="<script>alert('xss')</script> nội dung",
        answer="<b>đậm</b> trả lời",
    )
    for url in ["/hoi-dap/", f"/hoi-dap/{item.pk}/"]:
        html = citizen.get(url).content.decode()
        assert "<script>alert(" not in html
        assert '<img src=x onerror="alert(1)">' not in html
        assert "<b>đậm</b>" not in html
        assert "&lt;script&gt;" in html
        assert "&lt;b&gt;đậm&lt;/b&gt;" in html


def test_each_published_item_has_its_own_page(citizen, make_published):
    item = make_published(title="Trang riêng", content="Dòng một\nDòng hai")
    html = citizen.get(f"/hoi-dap/{item.pk}/").content.decode()
    assert "Trang riêng" in html
    assert "Dòng một<br>Dòng hai" in html


def test_an_unpublished_item_has_no_public_page(citizen, make_item):
    item = make_item()
    assert citizen.get(f"/hoi-dap/{item.pk}/").status_code == 404
