"""Speed and memory of tiendo.extract.extract_figures on report-like Vietnamese text.

    .venv/bin/python benchmarks/extract_speed.py [--mb 10] [--seed 7]

Builds at least --mb megabytes of text from sentence templates with random numbers
(no data files), runs the extractor once over all of it, and prints MB/s, figures/s
and the peak memory that tracemalloc saw during extraction.
"""

from __future__ import annotations

import argparse
import random
import time
import tracemalloc

from tiendo.extract import extract_figures

_INDICATORS = [
    "giá trị sản xuất công nghiệp",
    "tổng thu ngân sách nhà nước trên địa bàn",
    "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ",
    "kim ngạch xuất khẩu",
    "doanh thu du lịch",
    "vốn đầu tư toàn xã hội",
]
_AREAS = ["lúa đông xuân", "ngô", "cây ăn quả", "rừng trồng mới", "cà phê", "chè"]
_PERIODS = ["quý I năm {y}", "6 tháng đầu năm {y}", "9 tháng năm {y}", "tháng 8/{y}", "năm {y}"]
_TEMPLATES = [
    "Trong {period}, {indicator} ước đạt {money} tỷ đồng, bằng {pct}% kế hoạch, "
    "tăng {pct2}% so với cùng kỳ.",
    "Toàn huyện đã gieo trồng {area} ha {crop}, đạt {pct}% kế hoạch; năng suất bình quân "
    "{yield_} tạ/ha, sản lượng ước {mass} tấn.",
    "Tổng thu ngân sách trên địa bàn là {money} tỷ đồng, bằng {pct}% dự toán tỉnh giao, "
    "bằng {pct2}% so với cùng kỳ năm {prev}.",
    "Nghị quyết số {doc}-NQ/HU ngày {day}/{month}/{prev} đặt mục tiêu đến năm {y} tỷ lệ "
    "hộ nghèo giảm còn dưới {small}%, thu nhập bình quân đầu người đạt {small2} triệu đồng.",
    "Lực lượng chức năng phát hiện {count} vụ, {count2} đối tượng; so với cùng kỳ giảm "
    "{pct2}% về số vụ.",
    "Huyện có {count} xã đạt chuẩn nông thôn mới, kết nạp {count2} đảng viên mới, "
    "giải quyết việc làm cho {count3} lao động.",
    "Kỳ họp thứ {small3} HĐND huyện khóa XX, nhiệm kỳ 2021 - 2026 diễn ra ngày {day}/{month}.",
]


def _vn(value: float, decimals: int) -> str:
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def build_text(megabytes: float, seed: int) -> str:
    rng = random.Random(seed)
    target = int(megabytes * 1024 * 1024)
    parts: list[str] = []
    size = 0
    while size < target:
        year = rng.randint(2012, 2030)
        sentence = rng.choice(_TEMPLATES).format(
            period=rng.choice(_PERIODS).format(y=year),
            indicator=rng.choice(_INDICATORS),
            crop=rng.choice(_AREAS),
            money=_vn(rng.uniform(10, 90000), rng.choice([0, 1, 2])),
            area=_vn(rng.uniform(100, 40000), rng.choice([0, 1])),
            mass=_vn(rng.uniform(1000, 900000), 0),
            yield_=_vn(rng.uniform(40, 70), 2),
            pct=_vn(rng.uniform(10, 150), 2),
            pct2=_vn(rng.uniform(0.1, 60), 1),
            small=_vn(rng.uniform(1, 9), 2),
            small2=_vn(rng.uniform(30, 120), 1),
            small3=rng.randint(2, 20),
            count=rng.randint(2, 900),
            count2=rng.randint(2, 900),
            count3=_vn(rng.randint(100, 9000), 0),
            doc=rng.randint(1, 60),
            day=rng.randint(1, 28),
            month=rng.randint(1, 12),
            prev=year - 1,
            y=year,
        )
        parts.append(sentence)
        size += len(sentence.encode("utf-8")) + 1
        if rng.random() < 0.15:
            parts.append("\n")
    return " ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=10.0, help="megabytes of text (UTF-8)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    text = build_text(args.mb, args.seed)
    megabytes = len(text.encode("utf-8")) / (1024 * 1024)
    tracemalloc.start()
    started = time.perf_counter()
    figures = extract_figures(text)
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"text: {megabytes:.1f} MB, {len(text):,} characters")
    print(f"figures: {len(figures):,}")
    print(f"time: {elapsed:.1f} s")
    print(f"speed: {megabytes / elapsed:.2f} MB/s, {len(figures) / elapsed:,.0f} figures/s")
    print(f"peak memory during extraction (tracemalloc): {peak / (1024 * 1024):.0f} MB")


if __name__ == "__main__":
    main()
