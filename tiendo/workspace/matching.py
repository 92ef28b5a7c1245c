"""Match a figure read from a document to the target it reports on.

Pure Python. A figure and a target match when their indicators share syllables
(after NFC, new-style tone placement and lower case, so "thuỷ" meets "thủy";
abbreviations such as NSNN are spelled out), their units agree, and the target's
period contains the figure's. The score is a weighted sum in [0, 1]:

    0.6 x indicator similarity + 0.25 x unit agreement + 0.15 x period agreement

>>> budget = "Tổng thu ngân sách nhà nước trên địa bàn"
>>> target = Candidate(3, budget, "tỷ đồng", Period(2022, 1, 12))
>>> match = best_match("Tổng thu NSNN trên địa bàn", "tỷ đồng", Period(2022, 1, 3), [target])
>>> match.key, match.score
(3, 1.0)
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable
from dataclasses import dataclass

from tiendo import units
from tiendo.periods import Period
from tiendo.vietnamese import normalize

INDICATOR_WEIGHT = 0.6
UNIT_WEIGHT = 0.25
PERIOD_WEIGHT = 0.15
# Below this a target is not proposed at all; the user can still pick one by hand.
MINIMUM_SCORE = 0.45

ABBREVIATIONS = {
    "nsnn": "ngân sách nhà nước",
    "ns": "ngân sách",
    "kh": "kế hoạch",
    "gtsx": "giá trị sản xuất",
    "cn": "công nghiệp",
    "ttcn": "tiểu thủ công nghiệp",
    "tm": "thương mại",
    "dv": "dịch vụ",
    "tmdv": "thương mại dịch vụ",
    "kt": "kinh tế",
    "xh": "xã hội",
    "ntm": "nông thôn mới",
    "grdp": "tổng sản phẩm trên địa bàn",
    "bhxh": "bảo hiểm xã hội",
    "bhyt": "bảo hiểm y tế",
    "ubnd": "ủy ban nhân dân",
    "hđnd": "hội đồng nhân dân",
    "mttq": "mặt trận tổ quốc",
    "đtxd": "đầu tư xây dựng",
    "xdcb": "xây dựng cơ bản",
}

# Words that name no indicator: connectives, places and report verbs.
_STOPWORD_TEXT = (
    "của và các những trên địa bàn huyện tỉnh xã toàn năm quý tháng ước đạt được "
    "trong đã là với cho so đến hết kỳ này"
)
STOPWORDS = frozenset(_STOPWORD_TEXT.split())

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_MONEY = ("đồng", "usd", "đô la")
_MEASURE_WORDS = {"%", "ha", "tấn", "tạ", "kg", "km", "m", "m2", "m3", "km2", "lít", "kwh"}


@dataclass(frozen=True)
class Candidate:
    """What the matcher needs to know of a target."""

    key: Hashable
    indicator: str
    unit: str
    period: Period | None = None


@dataclass(frozen=True)
class Match:
    key: Hashable
    score: float
    indicator_score: float
    unit_score: float
    period_score: float


def syllables(text: str) -> set[str]:
    """Meaningful syllables of a phrase, abbreviations spelled out.

    >>> sorted(syllables("Tổng thu NSNN"))
    ['ngân', 'nhà', 'nước', 'sách', 'thu', 'tổng']
    """
    words: set[str] = set()
    for raw in _WORD.findall(normalize(text)):
        word = raw.lower()
        expansion = ABBREVIATIONS.get(word) if raw.isupper() and len(raw) > 1 else None
        for part in (expansion or word).split():
            if part not in STOPWORDS:
                words.add(part)
    return words


def indicator_similarity(figure_indicator: str, target_indicator: str) -> float:
    """Recall-weighted F-measure (beta 2) of shared syllables: a figure's indicator
    often says more than the target's name ("... của huyện"), rarely less."""
    figure_words = syllables(figure_indicator)
    target_words = syllables(target_indicator)
    shared = len(figure_words & target_words)
    if not shared:
        return 0.0
    precision = shared / len(figure_words)
    recall = shared / len(target_words)
    beta2 = 4.0
    return (1 + beta2) * precision * recall / (beta2 * precision + recall)


def _unit_words(unit: str) -> str:
    return " ".join(normalize(unit).lower().replace("tỉ", "tỷ").split())


def _is_measure(unit: str) -> bool:
    return unit in _MEASURE_WORDS or "/" in unit or any(unit.endswith(money) for money in _MONEY)


def unit_agreement(figure_unit: str, target_unit: str) -> float:
    """1 when equal (or one qualifies the other: "quần chúng ưu tú"); 0.6 for the same
    measure at another scale (triệu and tỷ đồng, km² and ha); 0.5 when either side is
    unknown; 0 otherwise: different measures, or different counted nouns ("quần
    chúng" is not "đảng viên"), which the save would refuse anyway."""
    a, b = _unit_words(figure_unit), _unit_words(target_unit)
    if not a or not b:
        return 0.5
    if a == b or a.startswith(b + " ") or b.startswith(a + " "):
        return 1.0
    scale = units.factor(a, b)
    if scale is not None:
        return 1.0 if scale == 1.0 else 0.6
    a_measure, b_measure = _is_measure(a), _is_measure(b)
    if a_measure and b_measure:
        same_money = any(a.endswith(m) for m in _MONEY) and any(b.endswith(m) for m in _MONEY)
        return 0.6 if same_money else 0.0
    return 0.0


def period_agreement(figure_period: Period | None, target_period: Period | None) -> float:
    if figure_period is None or figure_period.year is None:
        return 0.5
    if target_period is None or target_period.year is None:
        return 0.5
    if target_period.contains(figure_period):
        return 1.0
    return 0.5 if target_period.year == figure_period.year else 0.0


def score(
    indicator: str, unit: str, period: Period | None, candidate: Candidate, context: str = ""
) -> Match:
    """Score one candidate. `context`, the figure's clause, rescues a figure whose
    indicator the reader left short: the target named in full in the clause counts
    at 0.8 of a direct hit."""
    by_indicator = indicator_similarity(indicator, candidate.indicator)
    if context:
        target_words = syllables(candidate.indicator)
        if target_words:
            in_context = len(target_words & syllables(context)) / len(target_words)
            by_indicator = max(by_indicator, 0.8 * in_context)
    by_unit = unit_agreement(unit, candidate.unit)
    by_period = period_agreement(period, candidate.period)
    total = INDICATOR_WEIGHT * by_indicator + UNIT_WEIGHT * by_unit + PERIOD_WEIGHT * by_period
    # No shared word, or two different measures (ha and tấn, % and tỷ đồng): no match,
    # however well the rest agrees. The user can still pick the target by hand.
    if by_indicator == 0 or by_unit == 0:
        total = 0.0
    return Match(candidate.key, round(total, 3), by_indicator, by_unit, by_period)


def rank(
    indicator: str,
    unit: str,
    period: Period | None,
    candidates: Iterable[Candidate],
    context: str = "",
    minimum: float = MINIMUM_SCORE,
) -> list[Match]:
    """Candidates at or above `minimum`, best first."""
    matches = [score(indicator, unit, period, c, context) for c in candidates]
    kept = [m for m in matches if m.score >= minimum]
    return sorted(kept, key=lambda m: -m.score)


def unit_mismatch(
    indicator: str,
    unit: str,
    period: Period | None,
    candidates: Iterable[Candidate],
    context: str = "",
    minimum: float = MINIMUM_SCORE,
) -> Match | None:
    """The candidate the figure would have matched but for its unit, to tell the clerk
    why none was proposed ("80 quần chúng" and a target counted in "đảng viên")."""
    near = []
    for candidate in candidates:
        found = score(indicator, unit, period, candidate, context)
        if found.unit_score or not found.indicator_score:
            continue
        alike = (
            INDICATOR_WEIGHT * found.indicator_score
            + UNIT_WEIGHT
            + PERIOD_WEIGHT * (found.period_score)
        )
        if alike >= minimum:
            near.append((alike, found))
    return max(near, key=lambda pair: pair[0])[1] if near else None


def best_match(
    indicator: str,
    unit: str,
    period: Period | None,
    candidates: Iterable[Candidate],
    context: str = "",
    minimum: float = MINIMUM_SCORE,
) -> Match | None:
    ranked = rank(indicator, unit, period, candidates, context, minimum)
    return ranked[0] if ranked else None
