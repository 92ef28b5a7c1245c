"""Speed and memory of tiendo.extract.extract_figures on report-like Vietnamese text.

    .venv/bin/python benchmarks/extract_speed.py [--mb 10] [--seed 7] [--figure-share 0.25]

Builds at least --mb megabytes of text from sentence templates with random numbers
(no data files): plain report prose mixed with sentences that state figures. Runs the
extractor once over all of it and prints MB/s and figures/s of CPU time and the peak
memory of the process (--tracemalloc adds Python's own count on a slice of the text).

Then it runs the whole command as a user does, in a child process on one core, from
start-up to the last line written: `tiendo extract --jsonl` on the text cut into
passages of about 4 KB, and `tiendo extract FILE.txt` on the text as one file; each
prints its MB/s of CPU time (user + system) and its peak memory.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from tiendo.extract import extract_figures

# Reports are mostly prose: most sentences state tasks and assessments, not figures.
_PROSE = [
    "Các cấp ủy, chính quyền đã tập trung lãnh đạo, chỉ đạo triển khai đồng bộ các giải pháp "
    "phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh trên địa bàn.",
    "Công tác cải cách hành chính tiếp tục được quan tâm, chất lượng phục vụ người dân và "
    "doanh nghiệp từng bước được nâng lên.",
    "Tình hình thời tiết diễn biến phức tạp, giá vật tư nông nghiệp tăng cao đã ảnh hưởng "
    "không nhỏ đến sản xuất và đời sống của Nhân dân.",
    "Huyện chỉ đạo các xã tiếp tục duy trì, nâng cao chất lượng các tiêu chí nông thôn mới, "
    "gắn với phát triển sản phẩm OCOP và du lịch cộng đồng.",
    "Công tác kiểm tra, giám sát được tăng cường, tập trung vào những lĩnh vực nhạy cảm, dễ "
    "phát sinh tiêu cực như đất đai, tài chính, đầu tư xây dựng.",
    "Bên cạnh kết quả đạt được, vẫn còn một số hạn chế cần khắc phục trong thời gian tới, "
    "nhất là công tác giải phóng mặt bằng và thu hút đầu tư.",
    "Ban Thường vụ Huyện ủy yêu cầu các cơ quan, đơn vị bám sát nhiệm vụ được giao, chủ động "
    "xây dựng kế hoạch cụ thể và tổ chức thực hiện quyết liệt.",
    "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội phát huy vai trò giám sát, phản biện "
    "xã hội, vận động Nhân dân tham gia các phong trào thi đua.",
]
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


def build_text(megabytes: float, seed: int, figure_share: float = 0.25) -> str:
    rng = random.Random(seed)
    target = int(megabytes * 1024 * 1024)
    parts: list[str] = []
    size = 0
    while size < target:
        year = rng.randint(2012, 2030)
        if rng.random() >= figure_share:
            sentence = rng.choice(_PROSE)
            parts.append(sentence)
            size += len(sentence.encode("utf-8")) + 1
            continue
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


def _passages(text: str, size: int = 4096) -> list[str]:
    """The text cut at sentence ends into pieces of about `size` characters."""
    pieces: list[str] = []
    start = 0
    while start < len(text):
        cut = text.find(". ", start + size)
        cut = len(text) if cut < 0 else cut + 1
        pieces.append(text[start:cut].strip())
        start = cut
    return pieces


# Runs the command as the `tiendo extract ARGS` script does, then writes the
# process's own peak memory (VmHWM) to the file named first. The child's ru_maxrss cannot
# tell it: Linux keeps the peak of the process image replaced by exec, and a child forked
# from this benchmark starts out with the benchmark's own (large) peak.
_CLI_WITH_PEAK = """
import atexit, sys
peak_file = sys.argv.pop(1)
def _write_peak():
    with open("/proc/self/status") as status, open(peak_file, "w") as out:
        out.write(next(line for line in status if line.startswith("VmHWM:")).split()[1])
atexit.register(_write_peak)
from tiendo.cli import main
sys.exit(main(["extract", *sys.argv[1:]]))
"""


def _run_cli(arguments: list[str], megabytes: float) -> str:
    """Run `tiendo extract ...` in a child process; its CPU speed and its own peak memory."""
    with tempfile.TemporaryDirectory() as folder, open(os.devnull, "w") as sink:
        peak_file = Path(folder) / "peak"
        command = [sys.executable, "-c", _CLI_WITH_PEAK, str(peak_file), *arguments]
        child = subprocess.Popen(command, stdout=sink)
        # wait4 gives this child's usage alone; RUSAGE_CHILDREN would keep the largest
        # peak of every child run so far.
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            raise SystemExit(f"tiendo extract {' '.join(arguments)} failed ({child.returncode})")
        peak = int(peak_file.read_text()) if peak_file.exists() else usage.ru_maxrss  # KiB
    cpu = usage.ru_utime + usage.ru_stime
    return f"{megabytes / cpu:.2f} MB/s of CPU time, peak {peak / 1024:.0f} MB"


def measure_cli(text: str, megabytes: float) -> None:
    with tempfile.TemporaryDirectory() as folder:
        jsonl = Path(folder) / "passages.jsonl"
        with jsonl.open("w", encoding="utf-8") as out:
            for number, passage in enumerate(_passages(text)):
                out.write(json.dumps({"id": number, "text": passage}, ensure_ascii=False) + "\n")
        plain = Path(folder) / "report.txt"
        plain.write_text(text, encoding="utf-8")
        print(f"whole CLI, --jsonl (4 KB passages): {_run_cli(['--jsonl', str(jsonl)], megabytes)}")
        print(f"whole CLI, one .txt file: {_run_cli([str(plain)], megabytes)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=10.0, help="megabytes of text (UTF-8)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--figure-share",
        type=float,
        default=0.25,
        help="share of sentences that state figures (the rest is prose); the seed article "
        "has about one in ten, a results report one in four, a dense news digest more",
    )
    parser.add_argument(
        "--tracemalloc", action="store_true", help="also trace Python allocations on a slice"
    )
    parser.add_argument("--no-cli", action="store_true", help="skip the runs of the command")
    args = parser.parse_args()
    text = build_text(args.mb, args.seed, args.figure_share)
    megabytes = len(text.encode("utf-8")) / (1024 * 1024)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started, started_cpu = time.perf_counter(), time.process_time()
    figures = extract_figures(text)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - started_cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(f"text: {megabytes:.1f} MB, {len(text):,} characters")
    print(f"figures: {len(figures):,} ({len(figures) / megabytes:,.0f} per MB)")
    print(f"time: {elapsed:.1f} s wall, {cpu:.1f} s CPU (one core)")
    print(
        f"speed: {megabytes / cpu:.2f} MB/s and {len(figures) / cpu:,.0f} figures/s of CPU time "
        f"({megabytes / elapsed:.2f} MB/s wall)"
    )
    print(
        f"peak memory (max RSS of the process): {peak / 1024:.0f} MB, "
        f"{(peak - before) / 1024:.0f} MB of it during extraction"
    )
    if args.tracemalloc:
        # Python allocations only, on a slice (tracing slows the run several times).
        tracemalloc.start()
        extract_figures(text[: len(text) // 10])
        _, traced = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"tracemalloc peak on a tenth of the text: {traced / (1024 * 1024):.0f} MB")
    if not args.no_cli:
        measure_cli(text, megabytes)


if __name__ == "__main__":
    main()
