"""Organisations named in sentence case are actors as a whole, not a syllable of their name."""

from __future__ import annotations

import pytest

from tests.extract.readings import name_read
from tiendo.extract.organisation_names import organisation_name_end


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        ("Hội Nông dân tổ chức 6 buổi tập huấn kỹ thuật chăn nuôi.", 6.0,
         "tổ chức buổi tập huấn kỹ thuật chăn nuôi"),
        ("Phòng Giáo dục tổ chức 12 lớp bồi dưỡng chuyên môn.", 12.0,
         "tổ chức lớp bồi dưỡng chuyên môn"),
        ("Hội Cựu chiến binh tổ chức 5 buổi tuyên truyền pháp luật.", 5.0,
         "tổ chức buổi tuyên truyền pháp luật"),
        ("Đoàn Thanh niên tổ chức 8 đợt ra quân dọn vệ sinh môi trường.", 8.0,
         "tổ chức đợt ra quân dọn vệ sinh môi trường"),
        ("Phòng Nông nghiệp tổ chức 10 lớp tập huấn kỹ thuật.", 10.0,
         "tổ chức lớp tập huấn kỹ thuật"),
        ("Trung tâm Y tế tổ chức 3 đợt tiêm chủng.", 3.0, "tổ chức đợt tiêm chủng"),
        ("Hội Liên hiệp Phụ nữ tổ chức 4 buổi truyền thông.", 4.0, "tổ chức buổi truyền thông"),
        ("Sở Y tế tổ chức 3 đợt tiêm chủng.", 3.0, "tổ chức đợt tiêm chủng"),
        ("Công an huyện Xuân Lộc tổ chức 4 đợt tuyên truyền.", 4.0, "tổ chức đợt tuyên truyền"),
        # Departments named by two fields: "và" and "-" join them.
        ("Sở Tài nguyên và Môi trường tổ chức 5 đợt kiểm tra.", 5.0, "tổ chức đợt kiểm tra"),
        ("Sở Kế hoạch và Đầu tư cấp 120 giấy chứng nhận đăng ký doanh nghiệp.", 120.0,
         "cấp giấy chứng nhận đăng ký doanh nghiệp"),
        ("Phòng Lao động - Thương binh và Xã hội tổ chức 6 phiên giao dịch việc làm.", 6.0,
         "tổ chức phiên giao dịch việc làm"),
        ("Sở Khoa học và Công nghệ thẩm định 14 dự án.", 14.0, "thẩm định dự án"),
        ("Hội Nông dân và Hội Phụ nữ tổ chức 9 buổi tập huấn.", 9.0, "tổ chức buổi tập huấn"),
        ("Sở Y tế và UBND huyện tổ chức 3 đợt tiêm chủng.", 3.0, "tổ chức đợt tiêm chủng"),
        # A name in title case ends at the lowercase verb after its capitals.
        ("Bộ Công Thương cấp 12 giấy phép kinh doanh.", 12.0, "cấp giấy phép kinh doanh"),
        ("Hội Liên hiệp Phụ nữ Việt Nam tổ chức 4 buổi truyền thông.", 4.0,
         "tổ chức buổi truyền thông"),
        ("Trường Tiểu học Kim Đồng tổ chức 3 buổi ngoại khóa.", 3.0, "tổ chức buổi ngoại khóa"),
        ("Sở Giáo Dục Và Đào Tạo tổ chức 5 hội nghị chuyên đề.", 5.0,
         "tổ chức hội nghị chuyên đề"),
        ("Bộ Tài chính cấp 5 giấy phép.", 5.0, "cấp giấy phép"),
        # A place is no organisation: its name capitalises every syllable anyway.
        ("Huyện Xuân Lộc cấp 12 giấy phép xây dựng.", 12.0, "cấp giấy phép xây dựng"),
        ("Ban Quản lý Khu Kinh tế tỉnh cấp 12 giấy phép đầu tư.", 12.0,
         "cấp giấy phép đầu tư"),
        # A field of more than two syllables, when what follows shows where the name ends.
        ("Sở Nông nghiệp và Phát triển nông thôn Long An tổ chức 5 lớp tập huấn.", 5.0,
         "tổ chức lớp tập huấn"),
        ("Hội Người cao tuổi xã tổ chức 12 buổi sinh hoạt.", 12.0, "tổ chức buổi sinh hoạt"),
        ("Hội Người cao tuổi Đông Hưng trao 40 suất quà.", 40.0, "trao suất quà"),
        ("Hội Người cao tuổi tổ chức 5 buổi sinh hoạt.", 5.0, "tổ chức buổi sinh hoạt"),
        ("Hội Chữ thập đỏ tổ chức 6 đợt hiến máu.", 6.0, "tổ chức đợt hiến máu"),
        ("Hội Người khuyết tật phối hợp trao 30 suất quà.", 30.0, "phối hợp trao suất quà"),
        # After a head, any capital opens the name: one letter, a word kept capitalised, an
        # acronym (which needs no syllable to complete it).
        ("Bộ Y tế cấp 120 giấy phép hành nghề.", 120.0, "cấp giấy phép hành nghề"),
        ("Trường Chính trị tỉnh tổ chức 6 lớp bồi dưỡng lý luận chính trị.", 6.0,
         "tổ chức lớp bồi dưỡng lý luận chính trị"),
        ("Sở GD&ĐT tổ chức 12 lớp tập huấn.", 12.0, "tổ chức lớp tập huấn"),
        ("Phòng GD&ĐT huyện đã tổ chức 8 lớp bồi dưỡng.", 8.0, "tổ chức lớp bồi dưỡng"),
        ("Hội LHPN xã tổ chức 3 buổi tuyên truyền.", 3.0, "tổ chức buổi tuyên truyền"),
        # What an organisation reports is named, not its report.
        ("Sở Kế hoạch và Đầu tư báo cáo tốc độ tăng trưởng GRDP đạt 7,1%.", 7.1,
         "tốc độ tăng trưởng GRDP"),
        ("Cục Thống kê tỉnh báo cáo tổng sản phẩm trên địa bàn đạt 6,5%.", 6.5,
         "tổng sản phẩm trên địa bàn"),
        ("Sở Nông nghiệp báo cáo diện tích gieo cấy lúa đạt 21.400 ha.", 21400.0,
         "diện tích gieo cấy lúa"),
    ],
)  # fmt: skip
def test_an_organisation_in_sentence_case_is_cut_off_whole_before_its_act(
    text: str, value: float, indicator: str
) -> None:
    assert name_read(text, value) == indicator


@pytest.mark.parametrize(
    ("words", "start", "end"),
    [
        ("Hội Nông dân tổ chức", 1, 3),
        ("Hội Cựu chiến binh xã tổ chức", 1, 4),
        ("Hội Liên hiệp Phụ nữ đã tổ chức", 1, 5),
        ("Đoàn Thanh niên huyện tổ chức", 1, 3),
        ("Trung tâm tổ chức", 2, 2),
        ("Sở Tài nguyên và Môi trường tổ chức", 1, 6),
        ("Phòng Lao động - Thương binh và Xã hội tổ chức", 1, 9),
        ("Hội Nông dân và nhân dân", 1, 3),
        ("Bộ Công Thương cấp", 1, 3),
        ("Sở Tài Chính báo cáo", 1, 3),
        ("Hội Liên hiệp Phụ nữ Việt Nam tổ chức", 1, 7),
        # Sentence case: a capital after a lowercase syllable keeps the name in sentence case.
        ("Phòng Văn hóa Thông tin tổ chức", 1, 5),
        # A one-syllable noun that opens an inner name is followed by a capital in any case.
        ("Ban Quản lý Khu Kinh tế cấp", 1, 6),
        # A field of three or four syllables ends before an auxiliary, a place or its name.
        ("Bộ Nông nghiệp và Phát triển nông thôn đã cấp", 1, 8),
        ("Sở Nông nghiệp và Phát triển nông thôn Long An tổ chức", 1, 8),
        ("Bộ Nông nghiệp và Phát triển nông thôn cho biết", 1, 8),
        ("Hội Người cao tuổi huyện tổ chức", 1, 4),
        ("Hội Người cao tuổi của xã tổ chức", 1, 4),
        # ... or before an act of two syllables after the one syllable left
        ("Hội Người cao tuổi tổ chức", 1, 4),
        ("Hội Chữ thập đỏ tổ chức", 1, 4),
        # near-misses: no such sign, or one capital (an act's object) after the verb
        ("Hội Nông dân tổ chức 5 lớp", 1, 3),
        ("Hội Nông dân tổ chức Hội thi", 1, 3),
        ("Hội Nông dân phối hợp tổ chức", 1, 3),
        ("Hội Nông dân tích cực tổ chức", 1, 3),
        ("Hội Phụ nữ cùng tổ chức", 1, 3),
        ("Đoàn Thanh niên ra quân Hội Nông dân", 1, 3),
    ],
)  # fmt: skip
def test_a_sentence_case_name_runs_over_the_syllables_that_complete_its_words(
    words: str, start: int, end: int
) -> None:
    assert organisation_name_end(words.split(), start) == end
