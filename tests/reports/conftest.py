"""Report content built from plain values (for the builders) and the core demo (for
the database side)."""

from __future__ import annotations

import pytest

from tiendo.reports.content import AnnexRow, ReportContent

FIELDS = {
    "parent_upper": "TỈNH LÀO CAI",
    "locality": "Bảo Thắng",
    "locality_upper": "BẢO THẮNG",
    "locality_kind": "huyện",
    "locality_kind_upper": "HUYỆN",
    "committee": "Huyện ủy",
    "committee_upper": "HUYỆN ỦY",
    "place": "Bảo Thắng",
    "number": "15-BC/HU",
    "day": "15",
    "month": "4",
    "year": "2022",
    "report_date": "15/04/2022",
    "resolution_number": "15-NQ/HU",
    "resolution_date": "30/12/2021",
    "resolution_issuer": "Ban Chấp hành Đảng bộ huyện Bảo Thắng",
    "resolution_title_lower": "về lãnh đạo thực hiện chỉ tiêu, nhiệm vụ chính trị năm 2022",
    "period_label": "quý I năm 2022",
    "period_label_upper": "QUÝ I NĂM 2022",
}

ROWS = (
    AnnexRow(
        "1",
        "Giá trị sản xuất công nghiệp - TTCN",
        "tỷ đồng",
        953.2,
        220.0,
        True,
        23.08,
        None,
        "Chậm tiến độ",
        plan_inferred=True,
    ),
    AnnexRow(
        "2",
        "Tổng thu ngân sách nhà nước",
        "tỷ đồng",
        685.56,
        123.4,
        False,
        18.0,
        168.4,
        "Có nguy cơ không đạt",
        plan_inferred=True,
    ),
    AnnexRow(
        "3", "Kết nạp đảng viên mới", "đảng viên", None, 80.0, False, None, None, "Chưa có số liệu"
    ),
)


def make_content(style: str = "party", **changes) -> ReportContent:
    values = {
        "style": style,
        "fields": FIELDS,
        "summary": "Đến hết quý I năm 2022, có 1/3 chỉ tiêu đúng tiến độ (minh họa).",
        "narrative": ["Giá trị sản xuất công nghiệp - TTCN quý I năm 2022 ước đạt 220 tỷ đồng."],
        "rows": ROWS,
        "signer": "Nguyễn Văn A (minh họa)",
    }
    values.update(changes)
    return ReportContent(**values)


@pytest.fixture
def party_content() -> ReportContent:
    return make_content("party")


@pytest.fixture
def state_content() -> ReportContent:
    return make_content("state")


@pytest.fixture
def core_demo(db):
    from tests import demo_replay

    return demo_replay.core_demo.load()
