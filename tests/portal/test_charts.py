from __future__ import annotations

import xml.etree.ElementTree as ElementTree

import pytest

from tiendo.portal.charts import ChartPoint, progress_bar_svg, series_chart_svg

SVG = "{http://www.w3.org/2000/svg}"


def _parse(svg: str) -> ElementTree.Element:
    return ElementTree.fromstring(svg.replace("<svg ", f'<svg xmlns="{SVG[1:-1]}" ', 1))


@pytest.mark.parametrize(("percent", "width"), [(None, "0.0"), (50.0, "60.0"), (180.0, "120.0")])
def test_progress_bar_fills_to_the_percentage_capped_at_the_plan(percent, width):
    root = _parse(progress_bar_svg(percent, "Đạt"))
    assert root.findall(f"{SVG}rect")[1].get("width") == width


def test_series_chart_draws_one_bar_per_point_with_its_value_written():
    svg = series_chart_svg(
        [ChartPoint("quý I năm 2022", 220.0), ChartPoint("6 tháng đầu năm 2022", 480.5)],
        title="Giá trị sản xuất",
        description="quý I: 220",
        unit="tỷ đồng",
    )
    root = _parse(svg)
    bars = root.findall(f"{SVG}rect")
    assert len(bars) == 2
    assert float(bars[1].get("height")) > float(bars[0].get("height"))
    texts = [" ".join(t.itertext()) for t in root.findall(f"{SVG}text")]
    assert "480,5 tỷ đồng" in texts and "quý I năm 2022" in texts


def test_a_long_period_label_wraps_within_its_bar_instead_of_running_into_the_next():
    svg = series_chart_svg(
        [ChartPoint("quý I năm 2022 (ước)", 950.0), ChartPoint("6 tháng đầu năm 2022 (ước)", 6010)],
        title="Giá trị sản xuất",
        description="",
    )
    root = _parse(svg)
    labels = [t for t in root.findall(f"{SVG}text") if t.get("class") == "nhan"]
    lines = [[span.text for span in label.findall(f"{SVG}tspan")] for label in labels]
    assert lines == [["quý I năm 2022", "(ước)"], ["6 tháng đầu năm", "2022 (ước)"]]
    assert root.get("viewBox") == "0 0 320 297"


def test_series_chart_escapes_its_labels():
    svg = series_chart_svg([ChartPoint("<b>", 1.0)], title="<t>", description="&")
    assert "<b>" not in svg and "&lt;b&gt;" in svg
    _parse(svg)


@pytest.mark.parametrize(
    ("indicator", "caption"),
    [
        (
            "Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp",
            "Biểu đồ cột: giá trị sản xuất công nghiệp - tiểu thủ công nghiệp theo từng kỳ",
        ),
        ("Kết nạp đảng viên mới", "Biểu đồ cột: kết nạp đảng viên mới theo từng kỳ"),
        ("NSNN trên địa bàn", "Biểu đồ cột: NSNN trên địa bàn theo từng kỳ"),
    ],
)
def test_a_chart_caption_names_the_indicator_once_without_doubled_words(indicator, caption):
    from tiendo.portal.target_chart import chart_caption

    text = chart_caption(indicator)
    assert text.startswith(caption)
    assert "giá trị giá trị" not in text.lower()
