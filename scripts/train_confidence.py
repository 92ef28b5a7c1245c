"""Learn tiendo.extract.confidence from the annotated corpus, and show its calibration.

    .venv/bin/python scripts/train_confidence.py            # train, write the model file
    .venv/bin/python scripts/train_confidence.py --check    # out-of-fold table, no writing
    .venv/bin/python scripts/train_confidence.py --check tests/extract/data/corpus/heldout.jsonl

Runs the extractor on the tuning part (tests/extract/data/corpus/tune.jsonl) and labels
every figure it reads right or wrong exactly as the shared scorer's strict mode does
(`shared/eval/score_figures.py`, loaded from beside the repository): paired one to one
with a gold figure by value, range and unit, then right when kind, bound, period,
comparisons and the indicator (syllable F1 >= 0,5) all agree; a figure with no gold
partner is wrong.

A logistic model (L2, Newton steps) is fitted on the signs of every figure. Its scores
are calibrated on out-of-fold scores: five folds by source (every passage of a source
on one side), repeated with five shuffles; pool-adjacent-violators turns a score into
the share of out-of-fold figures with that score that were right. The confidence 0,9 is
kept for the scores above which out-of-fold figures were right at least WANTED of the
time, judged by the lower Wilson bound so that a few lucky figures do not set it;
every other score is held under 0,9. Offline, standard library only.
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import json
import math
import random
import sys
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

from tiendo.extract import extract_figures
from tiendo.extract.confidence import _WEIGHTS, calibrated, logit, trained_model

ROOT = Path(__file__).resolve().parent.parent
TUNE = ROOT / "tests/extract/data/corpus/tune.jsonl"
SCORER = ROOT.parent / "shared" / "eval" / "score_figures.py"
THRESHOLD = 0.9  # the import screen pre-selects figures at this confidence or more
WANTED = 0.95  # ... which must be strictly right this often
WILSON_Z = 1.0  # one standard error: the lower bound the out-of-fold share must clear
FOLDS, REPEATS, L2 = 5, 5, 8.0
BANDS = (0.0, 0.3, 0.5, 0.7, 0.8, 0.9, 1.01)

Row = tuple[str, dict[str, float], bool]  # (group, signs, strictly right?)


def load_scorer(path: Path = SCORER) -> ModuleType:
    """The shared scorer, so that "right" means what it counts for strict F1."""
    spec = importlib.util.spec_from_file_location("score_figures", path)
    if spec is None or spec.loader is None or not path.exists():
        raise SystemExit(f"the shared scorer is needed to label figures: {path} not found")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def strictly_right(scorer: ModuleType, gold: dict[str, object], pred: dict[str, object]) -> bool:
    """The scorer's strict test for one pair (kind, bound, period, comparisons, indicator)."""
    _, shared, in_gold, in_pred = scorer.multiset_f1(scorer.comp_set(gold), scorer.comp_set(pred))
    return (
        gold.get("kind") == pred.get("kind")
        and (gold.get("bound") or None) == (pred.get("bound") or None)
        and scorer.period_ok(gold, pred)
        and shared == in_gold == in_pred
        and scorer.syl_f1(gold.get("indicator", ""), pred.get("indicator", "")) >= 0.5
    )


def labelled(
    records: Iterable[dict[str, object]], scorer: ModuleType
) -> list[tuple[str, dict[str, float], bool, float]]:
    """(source, signs, strictly right?, shipped confidence) for every figure read."""
    out: list[tuple[str, dict[str, float], bool, float]] = []
    for record in records:
        figures = extract_figures(str(record["text"]))
        predicted = [figure.as_dict(offsets=False) for figure in figures]
        gold = list(record["figures"])  # type: ignore[call-overload]
        partner = {id(p): g for g, p in scorer.pairs_of(gold, predicted)}
        group = str(record.get("source") or record["id"])
        for figure, pred in zip(figures, predicted, strict=True):
            g = partner.get(id(pred))
            right = g is not None and strictly_right(scorer, g, pred)
            out.append((group, figure.signs, right, figure.confidence))
    return out


# -- the logistic model ------------------------------------------------------------------


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the Hessian is small and definite)."""
    n = len(vector)
    a = [[*row, vector[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        head = a[col][col]
        for r in range(col + 1, n):
            factor = a[r][col] / head
            if factor:
                row, top = a[r], a[col]
                for c in range(col, n + 1):
                    row[c] -= factor * top[c]
    out = [0.0] * n
    for r in range(n - 1, -1, -1):
        total = a[r][n] - sum(a[r][c] * out[c] for c in range(r + 1, n))
        out[r] = total / a[r][r]
    return out


def fit(rows: list[tuple[dict[str, float], bool]], l2: float = L2) -> dict[str, float]:
    """L2-penalised logistic regression (the bias unpenalised), by Newton's method."""
    names = ["bias", *sorted({k for signs, _ in rows for k, v in signs.items() if v})]
    index = {name: i for i, name in enumerate(names)}
    sparse = [
        ([0, *(index[k] for k, v in signs.items() if v)], [1.0, *(v for v in signs.values() if v)])
        for signs, _ in rows
    ]
    labels = [float(right) for _, right in rows]
    beta = [0.0] * len(names)
    for _ in range(30):
        gradient = [l2 * b for b in beta]
        gradient[0] = 0.0
        hessian = [[0.0] * len(names) for _ in names]
        for i in range(len(names)):
            hessian[i][i] = l2 if i else 1e-9
        for (columns, values), label in zip(sparse, labels, strict=True):
            z = sum(beta[c] * v for c, v in zip(columns, values, strict=True))
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            w = p * (1.0 - p)
            for c, v in zip(columns, values, strict=True):
                gradient[c] += (p - label) * v
                row = hessian[c]
                for c2, v2 in zip(columns, values, strict=True):
                    row[c2] += w * v * v2
        step = _solve(hessian, gradient)
        beta = [b - s for b, s in zip(beta, step, strict=True)]
        if max(abs(s) for s in step) < 1e-7:
            break
    return dict(zip(names, beta, strict=True))


# -- calibration ---------------------------------------------------------------------------


def out_of_fold(rows: list[Row], repeats: int = REPEATS) -> list[tuple[float, bool]]:
    """(score, right) of every figure, scored by models that never saw its source."""
    groups = sorted({group for group, _, _ in rows})
    scored: list[tuple[float, bool]] = []
    for repeat in range(repeats):
        order = groups[:]
        random.Random(repeat).shuffle(order)
        fold_of = {group: i % FOLDS for i, group in enumerate(order)}
        for fold in range(FOLDS):
            weights = fit([(s, r) for g, s, r in rows if fold_of[g] != fold])
            scored += [(logit(s, weights), r) for g, s, r in rows if fold_of[g] == fold]
    return scored


def isotonic(scored: list[tuple[float, bool]]) -> list[list[float]]:
    """Pool-adjacent-violators: [lowest score, share right] steps, increasing in both."""
    blocks: list[list[float]] = []  # [lowest score, right, count]
    for value, right in sorted(scored):
        blocks.append([value, float(right), 1.0])
        while len(blocks) > 1 and blocks[-2][1] / blocks[-2][2] >= blocks[-1][1] / blocks[-1][2]:
            _, right_, count = blocks.pop()
            blocks[-1][1] += right_
            blocks[-1][2] += count
    return [[low, right_ / count] for low, right_, count in blocks]


def wilson_low(right: float, count: float, z: float = WILSON_Z) -> float:
    if count <= 0:
        return 0.0
    share = right / count
    centre = share + z * z / (2 * count)
    margin = z * math.sqrt(share * (1 - share) / count + z * z / (4 * count * count))
    return (centre - margin) / (1 + z * z / count)


def trusted_from(scored: list[tuple[float, bool]], repeats: int = REPEATS) -> float:
    """The lowest score above which out-of-fold figures are right WANTED of the time.

    Each figure appears `repeats` times in `scored`, so counts are divided by that for
    the Wilson bound. Infinity when no score qualifies.
    """
    best = math.inf
    right = count = 0.0
    for value, is_right in sorted(scored, reverse=True):
        right += is_right
        count += 1
        if wilson_low(right / repeats, count / repeats) >= WANTED:
            best = value
    return best


def calibration(scored: list[tuple[float, bool]], repeats: int = REPEATS) -> list[list[float]]:
    """The steps that turn a model score into the confidence shipped with a figure.

    Under the trusted score: the isotonic share right, held under THRESHOLD. From it
    on: the lower Wilson bound of the share right among figures scored as high or
    higher, and at least THRESHOLD (never a certainty the counts cannot back).
    """
    cut = trusted_from(scored, repeats)
    steps = [[low, min(share, THRESHOLD - 0.001)] for low, share in isotonic(scored)]
    steps = [step for step in steps if step[0] < cut]
    if math.isfinite(cut):
        lows = sorted({cut, *(low for low, _ in isotonic(scored) if low > cut)})
        top = 0.0
        for low in lows:
            above = [right for value, right in scored if value >= low]
            bound = wilson_low(sum(above) / repeats, len(above) / repeats)
            top = max(top, THRESHOLD, bound)
            steps.append([low, top])
    merged: list[list[float]] = []
    for low, value in steps:
        value = round(value, 3)
        if not merged or merged[-1][1] != value:
            merged.append([round(low, 4), value])
    return merged


def nested(rows: list[Row], repeats: int = 2) -> list[tuple[float, bool]]:
    """(confidence, right) of every figure, from a model AND a calibration learnt without
    its source: the honest estimate of how the shipped confidence behaves on new text."""
    groups = sorted({group for group, _, _ in rows})
    pairs: list[tuple[float, bool]] = []
    for repeat in range(repeats):
        order = groups[:]
        random.Random(100 + repeat).shuffle(order)
        fold_of = {group: i % FOLDS for i, group in enumerate(order)}
        for fold in range(FOLDS):
            inside = [row for row in rows if fold_of[row[0]] != fold]
            steps = calibration(out_of_fold(inside, repeats=2), repeats=2)
            weights = fit([(s, r) for _, s, r in inside])
            pairs += [
                (calibrated(logit(s, weights), steps), r) for g, s, r in rows if fold_of[g] == fold
            ]
    return pairs


# -- reports ---------------------------------------------------------------------------


def table(name: str, pairs: list[tuple[float, bool]], weight: int = 1) -> None:
    """Bands of confidence: how many figures fall in each, and how many were right."""
    total = len(pairs)
    kept = [right for value, right in pairs if value >= THRESHOLD]
    share = sum(kept) / len(kept) if kept else float("nan")
    print(
        f"{name}: {total // weight} figures, {sum(r for _, r in pairs) / max(1, total):.1%} "
        f"strictly right; confidence >= 0,9: {len(kept) // weight} figures "
        f"({len(kept) / max(1, total):.1%}), {share:.1%} of them right"
    )
    print("  confidence   figures   share   strictly right")
    for low, high in itertools.pairwise(BANDS):
        band = [right for value, right in pairs if low <= value < high]
        if band:
            print(
                f"  {low:.1f} - {min(high, 1.0):.1f}   {len(band) // weight:7d}   "
                f"{len(band) / total:5.1%}   {sum(band) / len(band):6.1%}"
            )


def read_jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--check",
        nargs="?",
        const=TUNE,
        type=Path,
        help="only report: out of fold on the tuning part, or the shipped model on a file",
    )
    parser.add_argument("--scorer", type=Path, default=SCORER, help="score_figures.py")
    args = parser.parse_args(argv)
    scorer = load_scorer(args.scorer)
    if args.check is not None and args.check.resolve() != TUNE.resolve():
        shipped = labelled(read_jsonl(args.check), scorer)
        table(f"{args.check.name} (shipped model)", [(c, r) for _, _, r, c in shipped])
        return 0
    rows: list[Row] = [(g, s, r) for g, s, r, _ in labelled(read_jsonl(TUNE), scorer)]
    table(f"tune.jsonl, out of fold ({FOLDS} folds by source, twice)", nested(rows), 2)
    if args.check is not None:
        return 0
    steps = calibration(out_of_fold(rows))
    weights = fit([(s, r) for _, s, r in rows])
    payload = {
        "trained_on": TUNE.relative_to(ROOT).as_posix(),
        "threshold": THRESHOLD,
        "wanted_precision": WANTED,
        "l2": L2,
        "weights": {k: round(v, 4) for k, v in sorted(weights.items())},
        "calibration": steps,
    }
    _WEIGHTS.write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
    trained_model.cache_clear()
    print(f"wrote {_WEIGHTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
