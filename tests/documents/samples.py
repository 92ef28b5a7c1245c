"""Small files of every supported type, made by the tests themselves."""

from __future__ import annotations

import io

REPORT_TITLE = "BÁO CÁO Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2023"
PROSE_BEFORE = "Tổng thu ngân sách nhà nước trên địa bàn ước đạt 650,5 tỷ đồng."
PROSE_AFTER = "Huyện tiếp tục chỉ đạo thực hiện các nhiệm vụ trọng tâm 6 tháng cuối năm."
TABLE_HEADER = ["STT", "Chỉ tiêu", "ĐVT", "KH năm 2023", "Ước TH 6 tháng", "So sánh (%)", ""]
TABLE_SUBHEADER = ["", "", "", "", "", "KH", "Cùng kỳ"]
TABLE_ROW = ["1", "Tổng thu ngân sách", "tỷ đồng", "1.200", "650,5", "54,2", "112,3"]


def make_docx() -> bytes:
    """A report with a two-row header whose merged cells python-docx writes as spans."""
    import docx

    document = docx.Document()
    document.add_paragraph(REPORT_TITLE)
    document.add_paragraph(PROSE_BEFORE)
    table = document.add_table(rows=3, cols=7)
    for column, text in enumerate(TABLE_HEADER):
        table.cell(0, column).text = text
    for column in range(5):
        table.cell(0, column).merge(table.cell(1, column))
    table.cell(0, 5).merge(table.cell(0, 6))
    table.cell(1, 5).text, table.cell(1, 6).text = TABLE_SUBHEADER[5:]
    for column, text in enumerate(TABLE_ROW):
        table.cell(2, column).text = text
    document.add_paragraph(PROSE_AFTER)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def make_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with a real text layer (matplotlib embeds DejaVu Sans)."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.backends.backend_pdf import FigureCanvasPdf
    from matplotlib.figure import Figure

    figure = Figure(figsize=(8.27, 11.69))
    FigureCanvasPdf(figure)
    for index, line in enumerate(lines):
        figure.text(0.08, 0.92 - index * 0.04, line, family="DejaVu Sans", fontsize=11)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="pdf")
    return buffer.getvalue()


def make_scanned_pdf() -> bytes:
    """A PDF holding only a picture of text, as a scanner makes it."""
    import matplotlib

    matplotlib.use("Agg")
    import numpy
    from matplotlib.backends.backend_pdf import FigureCanvasPdf
    from matplotlib.figure import Figure

    figure = Figure(figsize=(4, 3))
    FigureCanvasPdf(figure)
    axes = figure.add_axes((0, 0, 1, 1))
    axes.imshow(numpy.random.default_rng(0).random((60, 80)), cmap="gray")
    axes.set_axis_off()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="pdf")
    return buffer.getvalue()


def make_pdf_with_table(before: str, rows: list[list[str]], after: str) -> bytes:
    """A PDF whose table is ruled with lines, as word processors print them."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.backends.backend_pdf import FigureCanvasPdf
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    figure = Figure(figsize=(8.27, 11.69))
    FigureCanvasPdf(figure)
    figure.text(0.08, 0.92, before, family="DejaVu Sans", fontsize=11)
    left, right, top, height = 0.08, 0.92, 0.86, 0.04
    width = (right - left) / len(rows[0])
    edges = [left + index * width for index in range(len(rows[0]) + 1)]
    bottom = top - len(rows) * height
    for index in range(len(rows) + 1):
        y = top - index * height
        figure.add_artist(Line2D([left, right], [y, y], color="black", linewidth=0.8))
    for x in edges:
        figure.add_artist(Line2D([x, x], [top, bottom], color="black", linewidth=0.8))
    for row_index, row in enumerate(rows):
        for column, cell in enumerate(row):
            y = top - row_index * height - height * 0.65
            figure.text(edges[column] + 0.005, y, cell, family="DejaVu Sans", fontsize=8)
    figure.text(0.08, bottom - 0.05, after, family="DejaVu Sans", fontsize=11)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="pdf")
    return buffer.getvalue()
