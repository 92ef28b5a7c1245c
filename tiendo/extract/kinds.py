"""Whether a figure is a target, an estimate or an actual result, from the words around it.

>>> latest_cue("huyện phấn đấu tỷ lệ đạt")
'target'
>>> latest_cue("tổng thu ngân sách ước đạt")
'estimate'
>>> latest_cue("toàn huyện đã gieo trồng") , latest_cue("tỷ lệ che phủ rừng đạt")
('actual', None)
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from tiendo.extract.allotted_things import describes_counted
from tiendo.extract.budget_columns import beside_planned_column
from tiendo.extract.cue_openings import may_open, openings, top_alternatives
from tiendo.extract.cue_plans import may_go_on
from tiendo.extract.cue_words import first_word_table, next_first_word
from tiendo.extract.figure import Kind
from tiendo.extract.governed_aims import governed_aim
from tiendo.extract.kind_cue_sources import ACTUAL_SOURCE, ESTIMATE_SOURCE, TARGET_SOURCE
from tiendo.extract.label_clauses import label_before, label_figure
from tiendo.extract.met_plans import met_plan
from tiendo.extract.rate_names import in_rate_name
from tiendo.extract.remaining_levels import remains_by, year_come

# "ước thực hiện được 45.000 tỷ đồng": the estimate's own words, not a result.
_RECENT_ACTUAL: Final = re.compile(
    r"(?<!\bsẽ )(?<!\bsẽ còn )(?<!\bước thực hiện )\bđược(?:\s+\S+){0,2}\s*$"
)


# A stretch that is "và" and an act of up to three words, up to its "được".
_JOINED_ACT: Final = re.compile(r"\s*và(?:\s+[^\W\d_]+){1,3}\s*$")

# The cues of each kind, as sources: Cues compiles them cut by first letter, and the
# whole alternations of the estimate and the target, seldom searched, are compiled when
# first asked for (_estimate, _target), not at each start-up.
_CUE_SOURCES: Final = (
    ("estimate", ESTIMATE_SOURCE),
    ("target", TARGET_SOURCE),
    ("actual", ACTUAL_SOURCE),
)


@cache
def _estimate() -> re.Pattern[str]:
    return re.compile(ESTIMATE_SOURCE)


@cache
def _target() -> re.Pattern[str]:
    return re.compile(TARGET_SOURCE)


# Every cue starts a word with one of these letters; checking that first lets the
# engine skip most positions (three times faster on long reports).
# Cues checks the word start itself and each word of _FIRST_WORDS opens with one of the
# letters (a test holds both), so the patterns it compiles go without it.
_CUE_START: Final = "(?<![^\\W\\d_])(?=[cdghklmnpqstxyđư])"
# Every cue of the three kinds in one alternation, each kind in a named group: what Cues
# finds, written plainly (the tests hold the two equal). Only the tests scan with it, so
# it is the source of a pattern, not one compiled at each start-up (the largest of all).
_ANY_CUE_SOURCE: Final = (
    _CUE_START + "(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _CUE_SOURCES) + ")"
)
_KINDS: Final[dict[str, Kind]] = {"estimate": "estimate", "target": "target", "actual": "actual"}
# The first word of every cue above. A scan for these plain literals is several times
# faster than running the whole alternation at each word start, and the alternation
# is then tried only where one of them stands. A cue can only start where its first
# word starts, and none of these literals holds a space, so every cue is still found
# and the left-to-right, non-overlapping order of finditer is kept.
# Where a cue's first word is common on its own ("được", "có", "trong"), the words
# every cue goes on with are checked ahead, so plain prose offers few candidates;
# only the first word is consumed, which keeps each candidate inside one word. Where
# a first word is common but its cues few ("dự án", "khó khăn", "cần thiết", "duy trì,
# nâng cao"), the letters those cues go on with are checked too ("kh" only after "(").
_FIRST_WORD_ALTERNATION: Final = (
    "dự(?= [ưkbt])|ước|phấn|đặt|sẽ|phải|cần(?= [đphbt])|đến(?= năm \\d)"
    "|nhằm|nhiệm(?= vụ)|phương(?= hướng)|đã|giữ|hướng|giao(?= [cknmt])"
    "|kh(?<=[(/]kh)|nq(?<=[(/]nq)|mục(?= tiêu)|chỉ(?= tiêu)|nhóm(?= chỉ tiêu)|đề(?= [rx])"
    "|định(?= hướng)|duy(?= trì [ởmdtk])"
    "|kế(?= hoạch)|được(?= [gbp])|xác(?= định)|thông(?= qua)|chủ(?= trương)|kết(?= quả)"
    "|thực(?= hiện [đcn0123456789])|ghi(?= nhận)|đạt(?= được)|có(?= [đtk])|hoàn(?= thành)"
    "|nhiều(?= khả)"
    "|trong(?= năm qua)|theo(?= [kmcqdpđln])|thời(?= gian tới)|sắp(?= tới)|từ(?= nay)"
    "|lên(?= kế hoạch)|quyết(?= t[âo])|kịch(?= bản)|cố(?= gắng)|yêu(?= cầu)"
)


def _by_letters(alternatives: list[tuple[str, str]]) -> str:
    """The (word, what follows it) alternatives regrouped letter by letter under the letters
    their words share ("t(?:h(?:eo(?= …)|ời(?= …))|rong(?= …))"), in the same order within
    a group: a candidate letter tries only its own words, and each shared letter once (an
    attempt inside a word such as "nh" no longer enters every word that opens with it).
    Words that differ at a letter never match at the same place, so the matches are the
    same as those of the plain alternation (the tests hold them equal)."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for word, after in alternatives:
        groups.setdefault(word[:1], []).append((word[1:], after))
    parts: list[str] = []
    for letter, members in groups.items():
        if not letter:  # words that end here: what follows them
            parts.extend(after for _, after in members)
        elif len(members) == 1:
            parts.append(letter + members[0][0] + members[0][1])
        else:
            parts.append(f"{letter}(?:{_by_letters(members)})")
    return "|".join(parts)


def _word_and_after(alternative: str) -> tuple[str, str]:
    """A first word's plain letters, then its look-around: ("đến", "(?= năm \\d)")."""
    word, paren, after = alternative.partition("(")
    return word, paren + after


_FIRST_WORDS: Final = re.compile(
    _by_letters([_word_and_after(word) for word in _FIRST_WORD_ALTERNATION.split("|")])
)
# What Cues scans with: the candidates of _FIRST_WORDS at word starts, read natively
# (cue_words), and each one's word.
_FIRST_WORD_TABLE: Final = first_word_table(_FIRST_WORD_ALTERNATION)
_WORDS: Final = [first.word for first in _FIRST_WORD_TABLE.words]


class _CuesByWord(dict[str, tuple[re.Pattern[str], tuple[Kind, ...]]]):
    """For each candidate first word (what _FIRST_WORDS matched: "kế", "đã", "dự"), the
    alternation of _ANY_CUE_SOURCE cut down to the alternatives whose opening text agrees
    with it, in the same order, each in a group of its own (the kind of the group that
    matched is the cue's). At a candidate only those can match, and the first of them that
    does is the one the whole alternation takes: the same matches, but the engine no
    longer tries every cue of the letter (those of "kế hoạch" after "kết", the look-behinds
    of "ước" after "đã"). Each word's pattern is compiled when first asked for, without
    _CUE_START, which Cues checks itself (a third of the time compiling took)."""

    def __init__(self) -> None:
        super().__init__()
        self.alternatives: list[tuple[str, list[str], Kind]] = [
            (alternative, openings(alternative), _KINDS[name])
            for name, pattern in _CUE_SOURCES
            for alternative in top_alternatives(pattern)
        ]

    def __missing__(self, word: str) -> tuple[re.Pattern[str], tuple[Kind, ...]]:
        own = [
            (alternative, kind)
            for alternative, opened, kind in self.alternatives
            if may_open(opened, word)
        ]
        groups = "|".join(f"({alternative})" for alternative, _ in own)
        entry = (re.compile(groups), tuple(kind for _, kind in own))
        self[word] = entry
        return entry


_CUES_BY_WORD: Final = _CuesByWord()
# The first words of the cues met_plan reads ("đề ra", "đặt ra", "được giao", "kế hoạch
# ... giao", "chỉ tiêu ... giao"): at another word it is False, and is not asked.
_PLAN_WORDS: Final = frozenset(("đề", "đặt", "được", "kế", "chỉ"))


_FORECAST: Final = re.compile(r"(?:dự kiến|dự báo|dự tính|ước tính|dự ước|ước)\b")


def _read_kind(text: str, before: tuple[int, int, Kind], cue: tuple[int, int, Kind]) -> Kind:
    """The kind of `cue` as its sentence reads it after the cue `before` it: the "sẽ" of a
    forecast said in the same clause is its future ("Dự kiến, đến cuối năm, tỉnh sẽ giải
    ngân 95% kế hoạch": an estimate), a forecast after "Theo dự toán ...," the plan's,
    and a completion aimed at or foreseen there is no result ("phấn đấu hoàn thành 100%
    kế hoạch": a target)."""
    start, end, kind = before
    position, _, own = cue
    gap = text[end:position]
    if ";" in gap or ":" in gap or ". " in gap:  # plain tests: a generator costs more
        return own
    if own == "target" and kind == "estimate" and text.startswith("sẽ", position):
        return "estimate" if _FORECAST.match(text, start) else own
    if own == "estimate" and kind == "target" and text.startswith("theo", start):
        # "Theo dự toán năm 2019, tỉnh dự kiến thu 6,8 nghìn tỷ đồng": a forecast framed by
        # the plan or budget it follows is that plan's level, not an estimate of a result.
        return kind
    if own == "actual" and kind != "actual" and text.startswith("hoàn thành", position):
        return kind
    return own


def _later_will(text: str, pair: list[tuple[int, int, Kind]]) -> bool:
    """Whether the two cues of `pair` are both "sẽ", with no ";", ":" or sentence end
    between them."""
    before, cue = pair
    gap = text[before[1] : cue[0]]
    return (
        text.startswith("sẽ", cue[0])
        and text.startswith("sẽ", before[0])
        and not (";" in gap or ":" in gap or ". " in gap)
    )


def latest_cue(text: str) -> Kind | None:
    """The kind named by the last strong cue in lower-case `text`, if any."""
    return Cues(text).latest(0, len(text))


class Cues:
    """Every cue of one sentence, found once, then asked about stretches of it.

    The sentence is read from its start only as far as a stretch asked about reaches: a
    stretch ends at a figure, and the words after the last one are seldom asked about.
    The cues read so far are those a scan of the whole sentence finds first (it reads
    left to right, each cue past the one before it).

    >>> cues = Cues("huyện phấn đấu thu ngân sách đạt 50 tỷ đồng, đã kết nạp")
    >>> cues.latest(0, 30), cues.latest(40, 55)
    ('target', 'actual')
    """

    def __init__(self, text: str, now: int | None = None) -> None:
        """`now`: the year the text was written in, when known."""
        self.text = text
        self.now = now
        self.found: list[tuple[int, int, Kind]] = []  # the cues as the alternation names them
        # The kind of each cue as the sentence reads it, worked out when first asked for:
        # most sentences are asked only about their last cue or two.
        self._kinds: list[Kind | None] = []
        self._scanned = 0  # where the scan for candidates goes on from
        # The candidate past the reach (where, which word of _WORDS), or none (-1).
        self._waiting: tuple[int, int] = (-1, -1)
        self._reach = 0  # every cue that starts before it is in found
        self._done = 0  # where the last cue ends: a candidate before it is inside it

    def all_cues(self) -> list[tuple[int, int, Kind]]:
        """Every cue of the sentence."""
        self._read_to(len(self.text) + 1)
        return self.found

    def _read_to(self, reach: int) -> None:
        """Read on until every cue that starts before `reach` is in found."""
        if reach <= self._reach:
            return
        self._reach = reach
        text, now, found = self.text, self.now, self.found
        by_word = _CUES_BY_WORD
        table = _FIRST_WORD_TABLE
        while True:
            position, which = self._waiting
            if position < 0:
                position, which = next_first_word(table, text, self._scanned)
                if position < 0:
                    self._scanned = len(text)  # no candidate left: none to scan for
                    return
                word = _WORDS[which]
                self._scanned = position + len(word)
            else:
                word = _WORDS[which]
            if position >= reach:
                self._waiting = (position, which)  # read when a stretch reaches it
                return
            self._waiting = (-1, -1)
            if position < self._done:
                continue  # inside the last cue (only word starts are candidates)
            if (word == "kế" or word == "nhiệm") and not may_go_on(
                text, position + 8, word == "kế"
            ):
                # "kế hoạch", "nhiệm vụ" (the candidates' look-aheads): most plans named
                # go on with words no cue of theirs reads (cue_plans).
                continue
            pattern, kinds = by_word[word]
            match = pattern.match(text, position)
            if match is not None and match.lastindex is not None:
                kind = kinds[match.lastindex - 1]
                done = self._done = match.end()
                if kind == "actual" and (in_rate_name(text, position, done)):
                    continue  # "tỷ lệ chi bộ hoàn thành tốt nhiệm vụ đạt 80%": a name
                if (
                    kind == "actual"
                    and word == "thực"
                    and done - position == len("thực hiện")
                    and not beside_planned_column(text, position)
                ):
                    continue  # "phấn đấu …, thực hiện 120 km đường": the aim's verb
                if kind == "target" and word in _PLAN_WORDS and met_plan(text, position):
                    continue  # "bảo đảm kế hoạch đề ra": the plan a result met
                if (
                    kind == "target"
                    and text.startswith("đến năm", position)
                    and (remains_by(text, done) or year_come(text, done, now))
                ):
                    # "Đến năm 2021, tỷ lệ hộ nghèo còn 4,4%": where it stood; "quy mô
                    # nền kinh tế đến năm 2025 đạt ..." written in 2025: the year has come.
                    continue
                # (every cue describes_counted reads opens with "được", the whole first
                # word: no other candidate word is asked)
                if kind == "target" and word == "được" and describes_counted(text, position):
                    continue  # "64 dự án được bố trí vốn": what the things counted got
                found.append((position, done, kind))
                self._kinds.append(None)

    def kind_read(self, index: int) -> Kind:
        """The kind of the cue found[index] as the sentence reads it: "sẽ" after a forecast
        is its future (_read_kind, from that cue and the one before it alone)."""
        kind = self._kinds[index]
        if kind is None:
            found = self.found
            kind = _read_kind(self.text, found[index - 1], found[index]) if index else found[0][2]
            if kind == "target" and index and _later_will(self.text, found[index - 1 : index + 1]):
                # "Dự ước cả năm, GRDP sẽ tăng 7,2%, thu ngân sách sẽ đạt 6.250 tỷ đồng": a
                # second "sẽ" in the same clause chain goes on with the forecast's future.
                kind = self.kind_read(index - 1)
            self._kinds[index] = kind
        return kind

    def latest(
        self, start: int, end: int, skip: list[tuple[int, int]] | None = None
    ) -> Kind | None:
        """The last cue that lies wholly inside text[start:end] and outside `skip` spans."""
        if end <= start:
            return None
        self._read_to(end)  # a cue that lies inside starts before `end`
        recent_start = max(start, end - 40)
        in_reach = self.text.find("được", recent_start, end) >= 0  # cut only where it stands
        done = _RECENT_ACTUAL.search(self.text[recent_start:end]) if in_reach else None
        found = self.found
        if done is not None:
            # "huy động được ước 67.950 tỷ đồng": a cue after "được" still has the last word.
            after = recent_start + done.start()
            for index in range(len(found) - 1, -1, -1):
                cue_start, cue_end, _ = found[index]
                if cue_start < after:
                    break
                if cue_end <= end and not _skipped(cue_start, skip):
                    return self.kind_read(index)
            return self._governing_kind(start, after) or "actual"
        for index in range(len(found) - 1, -1, -1):
            cue_start, cue_end, _ = found[index]
            if cue_end <= start:
                break
            if cue_end > end or cue_start < start or _skipped(cue_start, skip):
                continue
            return self.kind_read(index)
        return None

    def _governing_kind(self, start: int, done: int) -> Kind | None:
        """The kind of an estimate ("dự ước ... gieo trồng được 8.871,5 ha") or an aim
        ("phấn đấu xây dựng được 3 xóm", governed_aims.py) that governs the verb "được" at
        `done` ends, with no break between them; else None, a result."""
        found = self.found
        for index in range(len(found) - 1, -1, -1):
            cue_start, cue_end, _ = found[index]
            if cue_end > done:
                continue
            gap = self.text[cue_end:done]
            # "quyết tâm thu hút được 5 dự án và kết nạp được 15 đảng viên": a second act
            # joined by "và", with no comma, is governed by the same aim as the first.
            if cue_start < start and ("," in gap or not _JOINED_ACT.match(self.text, start, done)):
                return None
            if any(mark in gap for mark in (";", ":", ". ")):
                return None
            kind = self.kind_read(index)  # (an aim may reach past a comma, governed_aims)
            aimed = kind == "target" and governed_aim(self.text, cue_start, cue_end, gap)
            return kind if (kind == "estimate" and "," not in gap) or aimed else None
        return None


def _skipped(position: int, skip: list[tuple[int, int]] | None) -> bool:
    return skip is not None and any(a <= position < b for a, b in skip)


def has_target_cue(text: str) -> bool:
    return bool(_target().search(text))


def estimated_label(low: str, start: int, end: int) -> bool:
    """True when the label before the last colon in low[start:end] estimates the list after
    it: "Số liệu ước cả năm: tổng vốn đầu tư 21.000 tỷ đồng; thu ngân sách 4.500 tỷ đồng".

    >>> estimated_label("ước thực hiện năm 2024: thu ngân sách ", 0, 38)
    True
    >>> estimated_label("thu ngân sách ước 4.500 tỷ đồng: trong đó ", 0, 42)
    False
    >>> estimated_label("kết quả ước 9 tháng năm 2025: lúa ", 0, 34)
    True
    """
    colon = low.find(":", start, end)
    while colon >= 0:
        label = label_before(low, start, colon)
        # A figure in the label makes the colon open its breakdown, not a list.
        # A time, an ordinal or a document number is no figure ("tháng 6", "6 tháng",
        # "trình kỳ họp thứ 7").
        if _estimate().search(label) and not label_figure(label):
            return True
        colon = low.find(":", colon + 1, end)
    return False
