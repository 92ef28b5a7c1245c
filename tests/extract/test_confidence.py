"""The confidence of a figure: shipped with the package, between 0 and 1, higher for a
plainly stated figure than for one read out of a crowded list, and calibrated on figures
an older extractor read from passages its rules had not been tuned on."""

from __future__ import annotations

import importlib.util
import json
import math
from pathlib import Path
from types import ModuleType

import pytest

from tiendo.extract import extract_figures
from tiendo.extract.confidence import (
    _WEIGHTS,
    calibrated,
    figure_signs,
    logit,
    score,
    trained_model,
    weigh,
)

SCRIPT = Path(__file__).parents[2] / "scripts" / "train_confidence.py"


def trainer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_confidence", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_model_loads_from_the_package_without_the_network() -> None:
    data = json.loads(_WEIGHTS.read_text(encoding="utf-8"))
    weights, cuts, values = trained_model()
    assert weights == {k: float(v) for k, v in data["weights"].items()}
    assert len(cuts) == len(data["calibration"]) > 1
    assert list(cuts) == sorted(cuts) and list(values) == sorted(values)
    # Some scores reach the import screen's 0,9 and some are held under it.
    assert values[0] < 0.9 <= values[-1]


@pytest.mark.parametrize(
    "text",
    [
        "Thu ngân sách năm 2023 đạt 1.234 tỷ đồng, bằng 105% dự toán.",
        "Các địa phương lần lượt đạt 12%, 15% và 18%, riêng huyện A 2 xã.",
        "Quý I/2024, sản lượng 7 tấn; 3 ha; 5 con; 9 lượt; 8 người; 2 vụ.",
        "Tỷ lệ | 2023 | 2024\nHộ nghèo (%) | 5,2 | 4,1",
        "(((( 1 2 3 % %",
    ],
)
def test_every_confidence_lies_between_zero_and_one(text: str) -> None:
    figures = extract_figures(text)
    assert figures
    assert all(0.0 <= f.confidence <= 1.0 for f in figures)


@pytest.mark.parametrize(
    ("clean", "messy"),
    [
        (
            "Năm 2023, tổng thu ngân sách nhà nước trên địa bàn tỉnh đạt 12.345 tỷ đồng, "
            "bằng 105% dự toán.",
            "Thu ngân sách của các huyện Mai Sơn, Yên Châu, Mộc Châu lần lượt là 120, 98 "
            "và 76 tỷ đồng.",
        ),
        (
            "Sáu tháng đầu năm 2024, kim ngạch xuất khẩu hàng hóa của tỉnh ước đạt 2.150 "
            "triệu USD, tăng 12,5% so với cùng kỳ.",
            "Kim ngạch xuất khẩu sang Mỹ, EU, Nhật Bản lần lượt đạt 510, 320 và 150 triệu USD.",
        ),
        (
            "Năm 2022, diện tích gieo trồng lúa cả năm của tỉnh đạt 52.300 ha.",
            "Diện tích lúa, ngô, sắn lần lượt là 52.300 ha, 12.100 ha và 8.400 ha.",
        ),
    ],
)
def test_a_plain_figure_is_trusted_more_than_one_from_a_respectively_list(
    clean: str, messy: str
) -> None:
    plain = extract_figures(clean)[0].confidence
    listed = [f.confidence for f in extract_figures(messy)]
    assert listed
    assert plain > max(listed)


@pytest.mark.parametrize(
    ("value", "expected"),
    [(-9.0, 0.1), (-1.0, 0.1), (0.0, 0.1), (0.5, 0.6), (2.0, 0.6), (3.0, 0.95)],
)
def test_a_score_takes_the_confidence_of_the_step_at_or_under_it(
    value: float, expected: float
) -> None:
    assert calibrated(value, [[-1.0, 0.1], [0.5, 0.6], [3.0, 0.95]]) == expected


def test_without_calibration_steps_the_confidence_is_the_logistic_score(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import tiendo.extract.confidence as confidence

    monkeypatch.setattr(confidence, "trained_model", lambda: ({"a": math.log(3)}, (), ()))
    assert weigh({"a": 1.0}) == 0.75
    assert weigh({"a": 1.0, "unknown_sign": 1.0}) == 0.75
    assert math.isclose(score({"a": 1.0}, {"bias": 0.0, "a": math.log(3)}), 0.75)


def test_pool_adjacent_violators_gives_increasing_shares() -> None:
    steps = trainer().isotonic([(0.0, True), (1.0, False), (2.0, True), (3.0, True)])
    shares = [share for _, share in steps]
    assert shares == sorted(shares)
    assert shares == [0.5, 1.0]


@pytest.mark.parametrize(
    ("right", "count", "low", "high"),
    [(95, 100, 0.90, 0.95), (10, 10, 0.85, 1.0), (0, 10, 0.0, 0.01), (50, 100, 0.44, 0.5)],
)
def test_the_wilson_bound_lies_under_the_share(
    right: int, count: int, low: float, high: float
) -> None:
    assert low <= trainer().wilson_low(right, count) <= high


def test_the_logistic_fit_learns_which_sign_goes_with_right_figures() -> None:
    rows = [({"good": 1.0}, True)] * 40 + [({"good": 1.0}, False)] * 4
    rows += [({"bad": 1.0}, False)] * 40 + [({"bad": 1.0}, True)] * 4
    weights = trainer().fit(rows, l2=1.0)
    assert weights["good"] > 1.0 > -1.0 > weights["bad"]


def test_figures_are_labelled_right_exactly_as_the_shared_scorer_counts_them(
    tmp_path: Path,
) -> None:
    module = trainer()
    if not module.SCORER.exists():
        pytest.skip("shared/eval is not beside the repository")
    scorer = module.load_scorer()
    records = module.read_jsonl(module.TUNE)[:40]
    gold, predicted = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    predicted.write_text(
        "".join(
            json.dumps(
                {"id": r["id"], "figures": [f.as_dict() for f in extract_figures(r["text"])]}
            )
            + "\n"
            for r in records
        )
    )
    metrics, _ = scorer.score(str(gold), str(predicted))
    rows = module.labelled(records, scorer)
    right = sum(is_right for _, _, is_right, _ in rows)
    assert len(rows) == metrics["pred_figures"]
    assert 0 < right < len(rows)
    assert round(right / len(rows), 4) == metrics["strict_precision"]


def test_the_signs_of_a_written_figure_are_those_the_extractor_weighed() -> None:
    # The trainer labels an older extractor's written figures with figure_signs; they
    # must be the very signs today's extractor computes while reading.
    records = trainer().read_jsonl(trainer().TUNE)[:60]
    texts = [str(r["text"]) for r in records] + [
        "Các địa phương lần lượt đạt 12%, 15% và 18%, riêng huyện A 2 xã.",
        "Tỷ lệ | 2023 | 2024\nHộ nghèo (%) | 5,2 | 4,1",
        "Dự kiến năm 2025 (chưa gồm vốn ODA) tổng vốn là 2.707.827 triệu đồng; tăng 5%.",
    ]
    figures = [figure for text in texts for figure in extract_figures(text)]
    assert len(figures) > 300
    for figure in figures:
        assert figure_signs(figure.as_dict(offsets=False)) == figure.signs, figure.text


@pytest.mark.parametrize(
    ("clause", "value", "sign", "expected"),
    [
        ("tổng thu ngân sách ước đạt 2.292 tỷ đồng", 2292.0, "number_after_verb", True),
        ("gồm ngân sách tỉnh 38,499 tỷ đồng, 235 triệu đồng", 38.499, "number_after_verb", False),
        (
            "lúa 52.300 ha, ngô 12.100 ha và sắn 8.400 ha",
            52300.0,
            "number_followed_by_another",
            True,
        ),
        ("diện tích lúa đạt 52.300 ha, tăng 2% so với năm 2022", 52300.0, "numbers_one", False),
        ("diện tích lúa năm 2022 đạt 52.300 ha", 52300.0, "numbers_one", True),
        ("sản lượng đạt 12 tấn, bằng 86,6% kế hoạch năm", 12.0, "kind_word_elsewhere", False),
        ("kế hoạch năm 2025 sản lượng đạt 12 tấn", 12.0, "kind_word_elsewhere", True),
        ("tính từ ngày 16/12/2014 đến 15/8/2015 xảy ra 14 vụ", 14.0, "date_in_clause", True),
    ],
)
def test_a_sign_is_read_from_the_figure_and_its_clause(
    clause: str, value: float, sign: str, expected: bool
) -> None:
    signs = figure_signs(
        {"text": clause, "indicator": "sản lượng", "value": value, "unit": "tấn",
         "kind": "actual", "period": {"year": 2022}, "comparisons": []}
    )  # fmt: skip
    assert bool(signs.get(sign)) is expected


def history() -> ModuleType:
    path = SCRIPT.with_name("confidence_history.py")
    spec = importlib.util.spec_from_file_location("confidence_history", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_stored_readings_of_older_extractors_are_passages_of_their_part() -> None:
    module = trainer()
    for view in module.OLDER:
        part = module.read_jsonl(module.CORPUS / module.PART_OF[view])
        stored = module.read_jsonl(module.HISTORY / f"{view}.jsonl")
        # Every passage of the part was read, and no other.
        assert [str(s["id"]) for s in stored] == [str(r["id"]) for r in part]
        figures = [f for s in stored for f in s["figures"]]  # type: ignore[attr-defined]
        assert len(figures) > 600
        assert all("text" in f and "indicator" in f and "kind" in f for f in figures)


def test_each_view_is_a_commit_reading_a_part_it_had_not_been_tuned_on() -> None:
    views = {view.label: (view.commit, view.part) for view in history().VIEWS}
    # The first two keep their labels (and the trainer's files) from the tenth round.
    assert views["aa422dd"] == ("aa422dd", "tune.jsonl")
    assert views["3637727"] == ("3637727", "tune.jsonl")
    assert views["tune-8@9f0df99"] == ("9f0df99", "tune-8.jsonl")
    assert views["tune-4@7fea17c"] == ("7fea17c", "tune-4.jsonl")
    # The twelfth round's rules on the part its readers wrote after those rules were read.
    assert views["tune-9@5fbdd26"] == ("5fbdd26", "tune-9.jsonl")
    # The thirtieth round's rules on the tenth part, unseen until the thirty-first round.
    assert views["tune-10@59a6364"] == ("59a6364", "tune-10.jsonl")
    assert len(views) == 9
    # Never the parts kept out of every use.
    assert not {part for _, part in views.values()} & {"heldout.jsonl", "second-reader.jsonl"}


def test_a_commit_whose_extractor_fails_is_skipped_and_the_others_written(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import subprocess

    module = history()
    written: list[str] = []

    def dump(view: object) -> Path:
        if view.label == "tune-5@ddd07ea":  # type: ignore[attr-defined]
            raise subprocess.CalledProcessError(1, ["python"])
        written.append(view.label)  # type: ignore[attr-defined]
        return module.ROOT / "x.jsonl"

    monkeypatch.setattr(module, "dump", dump)
    assert module.main(["tune-8@9f0df99", "tune-5@ddd07ea", "aa422dd"]) == 1
    assert written == ["tune-8@9f0df99", "aa422dd"]
    assert "skipped tune-5@ddd07ea" in capsys.readouterr().out
    assert module.main(["no-such-view"]) == 2


def test_every_later_part_read_before_its_tuning_sets_the_calibration() -> None:
    module = trainer()
    data = json.loads(_WEIGHTS.read_text(encoding="utf-8"))
    later = {view for view in module.OLDER if "@" in view}
    assert len(later) == 7
    assert later <= set(module.CALIBRATE_ON) == set(data["calibrated_on"])
    assert {f"scripts/confidence_history/{view}.jsonl" for view in module.OLDER} <= set(
        data["trained_on"]
    )


def test_the_cut_is_the_lowest_score_whose_figures_from_the_top_reach_the_wanted_share(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    module = trainer()
    # From the top: 40 right, one wrong at 2.5, 20 right, then 9 wrong from 1.0 down.
    scored = [(3.0 - i * 0.01, True) for i in range(40)] + [(2.5, False)]
    scored += [(2.0 - i * 0.01, True) for i in range(20)] + [
        (1.0 - i * 0.01, False) for i in range(9)
    ]
    monkeypatch.setattr(module, "CUT_Z", 0.0)
    monkeypatch.setattr(module, "ASKED", 0.95)
    # Down to 0.99, 60 of 63 figures are right (95.2%); one more wrong one, 60 of 64.
    assert module.trusted_from(scored, repeats=1) == pytest.approx(0.99)
    monkeypatch.setattr(module, "CUT_Z", 3.0)
    # A larger z asks more of the same counts: the cut moves up.
    assert module.trusted_from(scored, repeats=1) > 0.99


def test_above_the_cut_a_figure_shows_the_wilson_bound_and_never_less_than_0_9() -> None:
    module = trainer()
    scored = [(float(i), i % 25 != 0, "v") for i in range(200)]
    steps = module.calibration(scored, repeats=1)
    cut = module.trusted_from([(s, r) for s, r, _ in scored], repeats=1)
    for low, value in steps:
        above = [r for s, r, _ in scored if s >= low]
        if low >= cut:
            assert (
                0.9
                <= value
                <= max(0.9, module.wilson_low(sum(above), len(above), module.SHOW_Z)) + 1e-3
            )
        else:
            assert value < 0.9


def test_with_several_calibration_views_the_cut_must_hold_in_each() -> None:
    module = trainer()
    good = [(float(i), True, "easy") for i in range(100)]
    mixed = [(float(i), i >= 50 or i % 2 == 0, "hard") for i in range(100)]
    alone = module.trusted_from([(s, r) for s, r, _ in good], repeats=1)
    steps = module.calibration(good + mixed, repeats=1, each=True)
    first_trusted = min(low for low, value in steps if value >= 0.9)
    assert first_trusted > alone
    hard_above = [r for s, r, _ in mixed if s >= first_trusted]
    assert sum(hard_above) / len(hard_above) >= module.ASKED


def test_the_shipped_model_is_calibrated_on_a_view_of_text_the_rules_had_not_seen() -> None:
    data = json.loads(_WEIGHTS.read_text(encoding="utf-8"))
    module = trainer()
    assert data["calibrated_on"] and module.NOW not in data["calibrated_on"]
    assert set(data["calibrated_on"]) <= set(module.UNSEEN)


@pytest.mark.parametrize(
    "text",
    [
        "Thu ngân sách năm 2023 đạt 1.234 tỷ đồng, bằng 105% dự toán.",
        "Các địa phương lần lượt đạt 12%, 15% và 18%, riêng huyện A 2 xã.",
        "Năm 2025 phấn đấu tỷ lệ hộ nghèo giảm còn dưới 2%; kết nạp 150 đảng viên.",
    ],
)
def test_a_figure_weighs_the_confidence_of_its_score_s_step_rounded_to_three_places(
    text: str,
) -> None:
    weights, cuts, values = trained_model()
    steps = [[cut, value] for cut, value in zip(cuts, values, strict=True)]
    for figure in extract_figures(text):
        signs = figure_signs(figure.as_dict())
        expected = round(calibrated(logit(signs, weights), steps), 3)
        assert weigh(signs) == expected == figure.confidence
