from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tiendo.feedback.queries import normalized_reference

URL = "/gop-y/tra-cuu/"


@pytest.mark.parametrize(
    "typed",
    ["GY-7K3M9Q2P", "gy-7k3m9q2p", " 7K3M 9Q2P ", "GY 7K3M-9Q2P", "7k3m9q2p"],
)
def test_a_code_is_found_however_it_was_copied(typed):
    assert normalized_reference(typed) == "GY-7K3M9Q2P"


def test_a_citizen_sees_the_status_of_their_feedback_without_an_account(client, make_item):
    item = make_item()
    html = client.post(URL, {"ma": item.reference.lower()}).content.decode()
    assert item.reference in html and item.title in html
    assert "Đã tiếp nhận, đang chờ xem xét." in html
    # Nothing of the sender is shown to whoever holds the code.
    assert item.email not in html and item.content not in html and item.name not in html


def test_the_answer_is_shown_once_published_and_not_before(
    client, make_item, make_published, moderator
):
    from tiendo.feedback.services import answer_feedback

    answered = answer_feedback(make_item(), "Đã giao xã sửa trong tháng 6.", by=moderator)
    html = client.post(URL, {"ma": answered.reference}).content.decode()
    assert "đang chờ công khai" in html and "Đã giao xã sửa trong tháng 6." not in html
    published = make_published("Đã giao xã sửa chữa trong tháng 5.")
    html = client.post(URL, {"ma": published.reference}).content.decode()
    assert "Đã trả lời và công khai." in html
    assert "Đã giao xã sửa chữa trong tháng 5." in html
    assert f"/hoi-dap/{published.pk}/" in html


def test_an_unknown_code_and_a_spam_item_get_the_same_answer_in_one_query(
    client, make_item, moderator
):
    from tiendo.feedback.services import mark_spam

    spam = mark_spam(make_item(), by=moderator)
    responses = {}
    for label, code in (
        ("unknown", "GY-23456789"),
        ("spam", spam.reference),
        ("junk", "x' OR 1=1"),
    ):
        with CaptureQueriesContext(connection) as queries:
            response = client.post(URL, {"ma": code})
        lookups = [q for q in queries.captured_queries if "feedback_feedback" in q["sql"]]
        responses[label] = (response.status_code, len(lookups))
        assert "Không tìm thấy góp ý nào với mã này." in response.content.decode()
    assert set(responses.values()) == {(200, 1)}


def test_lookups_are_rate_limited_per_address(client, settings, make_item):
    settings.TIENDO_FEEDBACK_MAX_LOOKUPS = 3
    item = make_item()
    statuses = [client.post(URL, {"ma": "GY-23456789"}).status_code for _ in range(3)]
    blocked = client.post(URL, {"ma": item.reference})
    assert statuses == [200, 200, 200]
    assert blocked.status_code == 429 and item.title not in blocked.content.decode()
    assert blocked["Retry-After"]


def test_the_thank_you_page_links_to_the_lookup(db, client, valid_post):
    response = client.post("/gop-y/", valid_post, follow=True)
    assert URL in response.content.decode()
