"""A field's heading ("Về giáo dục, ...") names what a count of instances is of, not what a
count of things of their own names itself; a longer topic names a kind of either."""

from __future__ import annotations

import pytest

from tests.extract.readings import name_read
from tiendo.extract.topic_scopes import with_topic


@pytest.mark.parametrize(
    ("clause", "topic", "counted", "read"),
    [
        ("xây", "giáo dục", "phòng học", "xây"),
        ("tuyển", "văn hóa - xã hội", "giáo viên", "tuyển"),
        ("phát hiện", "buôn lậu", "vụ", "phát hiện buôn lậu"),
        ("tiếp nhận", "y tế", "lượt người", "tiếp nhận y tế"),
        ("cấp phép", "thu hút đầu tư nước ngoài", "dự án", "cấp phép thu hút đầu tư nước ngoài"),
        ("thu", "ngân sách", "", "thu ngân sách"),
    ],
)  # fmt: skip
def test_a_topic_goes_to_a_count_of_instances_or_when_it_is_more_than_a_field(
    clause: str, topic: str, counted: str, read: str
) -> None:
    assert with_topic(clause, topic, counted) == read


@pytest.mark.parametrize(
    ("text", "value", "field"),
    [
        ("Về giáo dục, trong năm tuyển mới 300 giáo viên.", 300.0, "giáo dục"),
        ("Về văn hóa - xã hội, trong năm xây mới 40 nhà văn hóa.", 40.0, "xã hội"),
        ("Về nông nghiệp, trong năm thành lập mới 8 hợp tác xã.", 8.0, "nông nghiệp"),
    ],
)  # fmt: skip
def test_a_count_of_things_of_their_own_does_not_take_the_field_heading_it(
    text: str, value: float, field: str
) -> None:
    assert field not in name_read(text, value)


@pytest.mark.parametrize(
    ("text", "value", "topic"),
    [
        ("Về an ninh trật tự, xử phạt 1.250 trường hợp.", 1250.0, "an ninh trật tự"),
        ("Về giáo dục, trong kỳ kiểm tra 45 cơ sở.", 45.0, "giáo dục"),
        ("Về thu hút đầu tư nước ngoài, năm 2018 cấp phép mới 46 dự án.", 46.0,
         "thu hút đầu tư nước ngoài"),
    ],
)  # fmt: skip
def test_a_count_of_instances_or_under_a_longer_topic_keeps_the_topic(
    text: str, value: float, topic: str
) -> None:
    assert topic in name_read(text, value)
