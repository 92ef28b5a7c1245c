"""Sentences for the twenty-eighth round's helper on classes left by wave one (left):
counted nouns of two syllables cut to one or not read, a count after a link to the act
before ("qua đó giảm …"), a second act after a comma ("…, lập 2 tiểu ban"), and the
framing words before an act ("Thực hiện Thông tư …, từ ngày 1/3 đến nay …").

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import name_read
from tiendo.extract import extract_figures


def _units(text: str) -> dict[float, str]:
    return {f.value: f.unit for f in extract_figures(text, year=2024) if f.value is not None}


# A counted noun of two syllables whose first one is a bound syllable ("tiểu", "biên") or
# a noun of its own ("khách") is counted whole; "kỳ" counts events when one follows it.
_WHOLE_NOUNS = [
    ("Năm 2023, huyện ủy lập 4 tiểu ban phục vụ đại hội.", 4, "tiểu ban"),
    ("Quý I/2024, các sở, ngành đã tinh giản 215 biên chế công chức.", 215, "biên chế"),
    ("Trong tháng 5/2024, đoàn kiểm tra lập 37 biên bản vi phạm hành chính.", 37, "biên bản"),
    ("Năm 2023, quân khu thành lập 2 tiểu đoàn dự bị động viên.", 2, "tiểu đoàn"),
    ("Đến nay thành phố có 64 khách sạn từ 3 sao trở lên.", 64, "khách sạn"),
    ("Năm 2023, toàn tỉnh có 18 khách sạn.", 18, "khách sạn"),
    ("Năm 2023, trung tâm đã tổ chức 46 kỳ sát hạch lái xe mô tô.", 46, "kỳ sát hạch"),
    ("Trong năm học, nhà trường tổ chức 3 kỳ thi thử cho học sinh lớp 12.", 3, "kỳ thi"),
    ("Năm 2023, HĐND huyện tổ chức 4 kỳ họp thường lệ.", 4, "kỳ họp"),
]  # fmt: skip
# Near misses: a noun of one syllable that counts alone keeps its word, and guests stay
# guests.
_ONE_SYLLABLE = [
    ("Năm 2023, Hội An đón 450.000 khách quốc tế.", 450000, "khách"),
    ("Năm 2023, huyện giải quyết việc làm cho 1.200 lao động.", 1200, "lao động"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "unit"), _WHOLE_NOUNS + _ONE_SYLLABLE)
def test_a_counted_noun_of_two_syllables_is_read_whole(text: str, value: float, unit: str) -> None:
    assert _units(text).get(value) == unit


# "kỳ" with no event after it is a term, and a term is no figure.
_TERMS = [
    "Ông Nguyễn Văn A giữ chức bí thư 2 kỳ liên tiếp.",
    "Xã đạt danh hiệu văn hóa 3 kỳ liền.",
    "Chỉ số này đã giảm 2 kỳ liên tiếp.",
]


@pytest.mark.parametrize("text", _TERMS)
def test_a_number_of_terms_is_no_figure(text: str) -> None:
    assert 2 not in _units(text) and 3 not in _units(text)


# A grade after the things counted names them ("có 2 khách sạn 4 sao"), so the count stays;
# a count whose things met a number of criteria ("có 12 xã đạt 19 tiêu chí") stays too,
# and "số xã đạt 15 tiêu chí là 29 xã" still counts the communes, not the criteria.
_GRADED = [
    ("Năm 2023, toàn tỉnh có 210 cơ sở lưu trú, trong đó có 3 khách sạn 5 sao và 6 khách sạn "
     "4 sao.", [3, 6]),
    ("Năm 2023, thành phố có 9 khách sạn 4 sao.", [9]),
    ("Năm 2023, huyện có 2 khu nghỉ dưỡng 5 sao.", [2]),
]  # fmt: skip
_MET = [
    ("Năm 2023, số xã đạt 15 tiêu chí là 29 xã.", [29], [15]),
    ("Năm 2023, huyện có 12 xã đạt 19 tiêu chí.", [12], []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "values"), _GRADED)
def test_a_count_followed_by_its_grade_in_stars_is_a_figure(text: str, values: list[float]) -> None:
    units = _units(text)
    assert all(value in units for value in values)
    assert 5 not in units and 4 not in units


@pytest.mark.parametrize(("text", "kept", "dropped"), _MET)
def test_a_number_of_criteria_met_is_still_no_figure(
    text: str, kept: list[float], dropped: list[float]
) -> None:
    units = _units(text)
    assert all(value in units for value in kept)
    assert not any(value in units for value in dropped)


# A link to the act before ("qua đó", "nhờ đó", "từ đó") gives the verb after it the same
# actor: "giảm 1.077 biên chế" is what the actor cut, a count of its own, not a gap.
_LINKED = [
    "Năm 2023, ngành giao tự chủ cho 11 bệnh viện, qua đó giảm 640 biên chế hưởng lương.",
    "Năm 2023, tỉnh sáp nhập 14 đơn vị sự nghiệp, nhờ đó giảm 640 người làm việc.",
    "Năm 2023, huyện sắp xếp lại 9 trường học, từ đó giảm 640 giáo viên hợp đồng.",
]
# Near misses: a change with its basis, or one with a subject of its own after the link,
# stays a gap of that measure.
_GAPS = [
    "Năm 2023, tỉnh mở 12 đợt cao điểm, qua đó số vụ vi phạm giảm 640 vụ.",
    "Năm 2023, tỉnh mở 12 đợt cao điểm, qua đó giảm 640 vụ so với năm 2022.",
]


@pytest.mark.parametrize("text", _LINKED)
def test_a_count_cut_after_a_link_to_the_act_before_is_a_figure(text: str) -> None:
    assert 640 in _units(text)


@pytest.mark.parametrize("text", _GAPS)
def test_a_gap_after_a_link_keeps_no_figure_of_its_own(text: str) -> None:
    assert 640 not in _units(text)


# A second act after a comma ("…, lập 2 tiểu ban") is measured alone: the stretch before
# it is another act of the same actor, not its subject.
_SECOND_ACTS = [
    ("Năm 2023, Công an tỉnh mở đợt cao điểm trấn áp tội phạm, lập 5 tổ công tác đặc biệt.",
     5, "lập tổ công tác đặc biệt"),
    ("Năm 2023, Sở Y tế ban hành kế hoạch phòng dịch, lập 12 đội phản ứng nhanh.", 12,
     "lập đội phản ứng nhanh"),
    ("Năm 2023, Ban chỉ đạo rà soát toàn bộ dự án chậm tiến độ, lập 3 đoàn kiểm tra.", 3,
     "lập đoàn kiểm tra"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _SECOND_ACTS)
def test_a_second_act_after_a_comma_is_named_alone(text: str, value: float, name: str) -> None:
    assert name_read(text, value) == name


# The directive an act carries out ("Thực hiện Thông tư …,") and the time since which it
# counts ("từ ngày 1/3 đến nay") frame the act: no words of what is counted.
_FRAMED = [
    ("Thực hiện Nghị định số 15/2024/NĐ-CP, từ ngày 1/3 đến nay tỉnh đã cấp 820 giấy phép.",
     820, "cấp giấy phép"),
    ("Thực hiện chỉ đạo của Bộ Y tế, từ tháng 2/2024 đến nay huyện đã tiêm 9.400 liều vắc xin.",
     9400, "tiêm liều vắc xin"),
    ("Thực hiện Thông tư số 08/2024/TT-BGTVT, từ ngày 15/4 đến nay sở đã kiểm định 3.150 xe.",
     3150, "kiểm định xe"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _FRAMED)
def test_a_directive_carried_out_and_a_time_since_do_not_name_the_count(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value).lower() == name
