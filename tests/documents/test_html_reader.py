from __future__ import annotations

import pytest

from tiendo.documents import read_bytes
from tiendo.documents.legacy_encodings import encode_windows1258
from tiendo.documents.model import render_rows

ARTICLE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="{charset}"><title>Cổng thông tin điện tử huyện</title></head>
<body>
<header><div class="logo">ỦY BAN NHÂN DÂN HUYỆN BẢO THẮNG</div></header>
<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin">Tin tức sự kiện</a></li>
<li><a href="/vb">Văn bản chỉ đạo điều hành</a></li></ul></nav>
<main><article>
<h1>Kết quả phát triển kinh tế - xã hội quý I năm 2022</h1>
<p>Tổng thu NSNN trên địa bàn trong quý I năm 2022 là 123,4 tỷ đồng, bằng 18% dự toán tỉnh giao,
bằng 168,4% so với cùng kỳ năm 2021. Giá trị sản xuất ngành thương mại - dịch vụ ước đạt
220 tỷ đồng, đạt 23,08% kế hoạch.</p>
<p>Một số chỉ tiêu chủ yếu như sau:</p>
<table border="1">
<tr><th rowspan="2">Chỉ tiêu</th><th rowspan="2">ĐVT</th><th rowspan="2">KH năm 2022</th>
<th rowspan="2">TH quý I</th><th colspan="2">So sánh (%)</th></tr>
<tr><th>KH</th><th>Cùng kỳ</th></tr>
<tr><td>Thu ngân sách</td><td>tỷ đồng</td><td>685,6</td><td>123,4</td><td>18</td><td>168,4</td></tr>
</table>
<p>Huyện tiếp tục chỉ đạo các ngành, các xã thực hiện quyết liệt các nhiệm vụ trọng tâm quý II.</p>
</article></main>
<footer><form><label>Họ tên</label><input name="ho_ten"><label>Tiêu đề</label>
<label>Nội dung</label><label>Mã kiểm tra</label></form>
<p>Bản quyền thuộc Ủy ban nhân dân huyện. Tín nhiệm mạng.</p></footer>
</body></html>"""


def test_html_keeps_the_article_and_drops_menu_and_footer() -> None:
    document = read_bytes(ARTICLE.format(charset="utf-8").encode(), "tin-quy-1.html")
    assert "123,4 tỷ đồng, bằng 18% dự toán tỉnh giao" in " ".join(document.text.split())
    assert "nhiệm vụ trọng tâm quý II" in document.text
    for furniture in ("Trang chủ", "Văn bản chỉ đạo", "Mã kiểm tra", "Bản quyền", "Tín nhiệm"):
        assert furniture not in document.text
    assert document.title == "Kết quả phát triển kinh tế - xã hội quý I năm 2022"


def test_html_table_is_read_with_spans_expanded_and_placed_in_the_text() -> None:
    document = read_bytes(ARTICLE.format(charset="utf-8").encode(), "tin-quy-1.html")
    [table] = document.tables
    assert table.rows == [
        ["Chỉ tiêu", "ĐVT", "KH năm 2022", "TH quý I", "So sánh (%)", "So sánh (%)"],
        ["Chỉ tiêu", "ĐVT", "KH năm 2022", "TH quý I", "KH", "Cùng kỳ"],
        ["Thu ngân sách", "tỷ đồng", "685,6", "123,4", "18", "168,4"],
    ]
    assert document.text[table.offset : table.end] == render_rows(table.rows)
    before, after = document.text[: table.offset], document.text[table.end :]
    assert before.rstrip().endswith("Một số chỉ tiêu chủ yếu như sau:")
    assert "nhiệm vụ trọng tâm quý II" in after
    # The table's cells are not repeated in the prose.
    assert document.text.count("685,6") == 1


def test_html_in_a_declared_legacy_charset_is_decoded() -> None:
    page = ARTICLE.format(charset="windows-1258")
    document = read_bytes(encode_windows1258(page), "tin.htm")
    assert document.encoding == "windows-1258"
    assert "Tổng thu NSNN trên địa bàn" in document.text


def test_layout_and_navigation_tables_are_not_data() -> None:
    page = (
        "<html><body><table class='menu'><tr><td>Trang chủ</td><td>Giới thiệu</td></tr></table>"
        "<div><p>Năm 2022, toàn huyện kết nạp 80 đảng viên mới, đạt 100% kế hoạch đề ra.</p>"
        "<p>Công tác xây dựng Đảng được tăng cường, chất lượng sinh hoạt chi bộ nâng lên.</p>"
        "</div></body></html>"
    )
    document = read_bytes(page.encode(), "tin.html")
    assert document.tables == []
    assert "80 đảng viên mới" in document.text
    assert "Giới thiệu" not in document.text


def test_a_data_table_in_a_side_column_is_left_out() -> None:
    page = (
        "<html><body><div class='col-left'><h3>Thống kê truy cập</h3><table>"
        "<tr><td>Đang truy cập</td><td>25</td></tr><tr><td>Tổng lượt truy cập</td>"
        "<td>1.234.567</td></tr></table></div><div class='col-main'><div class='detail'>"
        "<p>Tổng thu NSNN trên địa bàn trong quý I năm 2022 là 123,4 tỷ đồng, bằng 18% dự toán"
        " tỉnh giao, bằng 168,4% so với cùng kỳ năm 2021.</p>"
        "<table><tr><th>Chỉ tiêu</th><th>ĐVT</th><th>TH quý I</th></tr>"
        "<tr><td>Thu ngân sách</td><td>tỷ đồng</td><td>123,4</td></tr></table>"
        "<p>Huyện tiếp tục chỉ đạo các ngành, các xã thực hiện quyết liệt các nhiệm vụ trọng"
        " tâm quý II năm 2022.</p></div></div></body></html>"
    )
    document = read_bytes(page.encode(), "tin.html")
    assert [table.rows[0] for table in document.tables] == [["Chỉ tiêu", "ĐVT", "TH quý I"]]
    assert "1.234.567" not in document.text


@pytest.mark.parametrize("depth", [254, 300, 3000])
def test_an_article_nested_hundreds_of_levels_deep_is_still_read(depth: int) -> None:
    paragraphs = "<p>Thu ngân sách quý I đạt 123,4 tỷ đồng.</p><p>Tỷ lệ hộ nghèo còn 3,2%.</p>"
    page = f"<html><body>{'<div>' * depth}{paragraphs}{'</div>' * depth}</body></html>"
    document = read_bytes(page.encode(), "long-long.html")
    assert document.text.split("\n") == [
        "Thu ngân sách quý I đạt 123,4 tỷ đồng.",
        "Tỷ lệ hộ nghèo còn 3,2%.",
    ]
