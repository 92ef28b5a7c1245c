"""What a passage carries from sentence to sentence: its period, whether it is listing
targets, and the measure it named last.

A report sets the time once ("Quý I năm 2022, ...") and every later figure is of that
time until another is named; a resolution's list of targets keeps later figures in
target mode until a sentence looks back at results ("Đến hết năm 2023, ...").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from tiendo.extract.carried_bases import listed_basis
from tiendo.extract.char_scans import has_whole_word
from tiendo.extract.clause_times import inside_its_clause, predicate_now
from tiendo.extract.clauses import Draft, inside, paren_spans
from tiendo.extract.dated_bases import dated_basis
from tiendo.extract.figure import Basis, Comparison, Kind
from tiendo.extract.genitive_times import of_remark
from tiendo.extract.kinds import latest_cue
from tiendo.extract.passing_years import passing_year
from tiendo.extract.period_cues import PeriodMention, find_periods
from tiendo.extract.period_parts import breaks_down, closes_part
from tiendo.extract.planned_labels import planned_label
from tiendo.extract.planned_parts import adopts_plan_part
from tiendo.extract.present_frames import brought_to_now, year_reached
from tiendo.extract.rise_times import own_number_end
from tiendo.extract.said_names import SaidNames
from tiendo.extract.shift_ends import is_shift_end_time
from tiendo.extract.statements import announces_targets, may_announce_targets
from tiendo.extract.task_periods import tasks_year
from tiendo.extract.textmap import MappedText
from tiendo.extract.unstated_bases import states_no_basis
from tiendo.periods import Period

# "đến hết năm 2023", "tính đến năm 2023": a year looked back on, not one aimed at.
_LOOKING_BACK: Final = re.compile(r"(?:\bhết|\btính\s+(?:đến|tới))\s*$")
_PRESENT: Final = ("hiện", "đến nay", "tới nay", "thời điểm hiện", "thời điểm này")
STOPS_PERIOD: Final = re.compile(r"[,;.(\d]")
_SUMMED: Final = re.compile(r"\b(?:tính chung|lũy kế|luỹ kế|cộng dồn|cả)\s+(?:trong\s+)?$")
# "..., đưa tổng sản lượng 6 tháng đầu năm lên 1,69 triệu tấn": a running total brought up
# by the month's figure, its measure named between "đưa" and its months.
_BROUGHT_UP: Final = re.compile(r"\bđưa\s+(?:tổng|lũy kế|luỹ kế)\b[^\d,;.:()]{0,40}$")
_WHOLE_YEAR: Final = re.compile(r"\bcả\s+$")
# The time of the first level in "từ A năm X xuống B" ("(2021)" written after it too).
# (r"\btừ…" with the boundary as a look-behind after the word: a search skips to "t")
_LEVEL_WORDS: Final = r"(?:(?:mức|hơn|trên|gần|khoảng|xấp xỉ)\s+){0,2}"  # "từ gần 74 tỷ"
_FROM_LEVEL_TIME: Final = re.compile(
    r"từ(?<=\btừ)\s+" + _LEVEL_WORDS + r"\d[\d.,]*[^\d;:]{0,25}?[\s(]*$"
)
_TO_LEVEL: Final = re.compile(r"[\s)]*,?\s*(?:xuống|lên)\b")
# "... lên 75% năm 2020": the time written after the last level of a shift is that level's.
_TO_LEVEL_TIME: Final = re.compile(
    r"(?:xuống(?<=\bxuống)|lên(?<=\blên))(?:\s+còn)?\s+"
    + _LEVEL_WORDS
    + r"\d[\d.,]*[^\d;:,]{0,20}?[\s(]*$"
)
_CLAUSE_END: Final = re.compile(r"\s*(?:[.;]|$)")
_CONTRAST: Final = re.compile(r"\btrong khi\s*,?\s*$")
# "thấp hơn mức tăng 7,56% của 6 tháng đầu năm 2021": the time a level is "of" is that
# level's own; the report goes on with its own time.
_OF_LEVEL: Final = re.compile(r"[\d%][^\W\d_]*\s+(?:của|trong)\s+(?:cùng kỳ\s+)?$")
# "39 triệu đồng thì đến năm 2021 đã đạt 72 triệu đồng": the period after the connector
# opens the next clause, it does not follow the number before it.
# (each word before its word boundary: a search skips to the words' first letters, where
# a leading "\b" had the engine try every position; the same matches as
# r"\b(?:thì|còn|nhưng|song|trong khi|và)\b")
_NEXT_CLAUSE_WORDS: Final = ("thì", "còn", "nhưng", "song", "trong khi", "và")
_NEXT_CLAUSE: Final = re.compile("|".join(rf"{w}(?<=\b{w})\b" for w in _NEXT_CLAUSE_WORDS))
# "Vụ Đông Xuân 2024": a crop season names a period too; "Chiều 26-5-2016, ...": a
# time of day before a date dates the passage as "ngày" does (period_cues._DATE)
_PERIOD_WORDS: Final = (
    "năm", "tháng", "quý", "nay", "hiện", "ngày", "vụ", "sáng", "chiều", "trưa", "tối", "đêm",
)  # fmt: skip


def _has_period_word(sentence: str) -> bool:
    """True when one of _PERIOD_WORDS stands whole in `sentence` ("\\b(?:năm|...)\\b").
    A plain "in" first (most sentences hold none of the words, and "in" costs less than
    str.find); where a word stands, its two ends are told natively: a pattern, tried at
    each of the words' first letters, cost about 9.000 instructions a sentence."""
    return any(word in sentence and has_whole_word(sentence, word) for word in _PERIOD_WORDS)


class PassageState:
    """State carried from sentence to sentence: period, target mode, last indicator."""

    def __init__(self, mapped: MappedText, year: int | None) -> None:
        self.norm = mapped.text
        self.low = mapped.lower
        self.period = Period(year)
        self.document_year = year  # the year the text was written in, when known
        self.year_before_targets = year  # the year in force when target mode began
        self.target_mode = False
        self.target_year: int | None = None
        self.last_indicator = ""
        self.measure_by_unit: dict[str, str] = {}  # the last indicator of each unit
        self.whole_by_unit: dict[str, str] = {}  # the last one not a part ("riêng tôm ...")
        self.names_said = SaidNames()  # every indicator of the passage, in order
        self.incident = ""  # what the passage last said occurred: "tai nạn giao thông"
        self.abbreviations: dict[str, str] = {}  # "IIP": "chỉ số sản xuất công nghiệp (IIP)"
        # The sentence and period of the last "(cùng kỳ 2012 là ...)" in parentheses.
        self.paren_period: tuple[int, Period] | None = None
        self.from_period: tuple[int, Period] | None = None  # of the last "từ" level with a time
        # The sentence and period of the last "lên" level with a time, and where that ends.
        self.to_period: tuple[int, Period, int] | None = None
        # The sentence and clause of the last share ("chiếm 28,51%") and its whole.
        self.share_list: tuple[int, int, str] | None = None
        self.previous_sentence: list[Draft] = []
        self.before_remark: list[Draft] = []  # the sentence a remark was on (remark_sentences)
        self.carried_basis = ""
        self.counted_parts: frozenset[str] = frozenset()  # counted_parts.py
        # The last basis a rise was stated on ("so với cùng kỳ", "so với năm trước").
        self.stated_change_basis: Basis | None = None
        # A whole year's rise read with no basis before any basis was stated: the passage
        # leaves its rises on the year before, and a later "so với cùng kỳ" is that one's.
        self.bare_rise_first = False
        # Whether the text names no basis at all, asked at its first bare rise: there a
        # rise stated alone is a rate, a level (unstated_bases.py).
        self.names_no_basis: bool | None = None
        # The bases the passage stated for rises: one of a single month that compared only
        # with the month before ("so với tháng trước") goes on so for the rises that state
        # none ("Ở các ngành cấp II, sản xuất xe có động cơ tăng 8,78%").
        self.month_bases: set[Basis] = set()
        # The bases of the last figure compared with several ("tăng 4,33% so với tháng
        # trước và 18,37% so với cùng kỳ"): a later "lần lượt 1,53% và 10,12%" reads so.
        self.stated_bases: tuple[str, ...] = ()
        # The sentence, the level and the basis of the last level's rise stated with one
        # basis ("xuất khẩu ước 79 triệu USD, giảm 11% so với tháng trước"; comparing.py).
        self.stated_sibling: tuple[int, int, str | None] | None = None
        self.part_levels: set[int] = set()  # where the parts of a rate read as a level start
        self.carried_shares: set[int] = set()  # where amounts' shares of a carried basis start
        self.sentence_start = 0  # where the sentence being read starts (set by prose)
        self.growth_end = -1  # where the last growth read as a level, or its last part, ends
        self.growth_head = -1  # where the last growth read as a level ends
        self.ratio_basis = ""  # the basis of the last share named with one ("420% dự toán")
        self.sentence_drafts: list[Draft] = []
        self.estimated_heading = False  # the last heading line estimates what follows
        self.comparison_spans: list[tuple[int, int]] = []
        self.difference_spans: list[tuple[int, int]] = []  # of the sentence being read

    def _names_no_basis(self) -> bool:
        """Whether the text names no basis of a rise, read at its first bare rise."""
        if self.names_no_basis is None:
            self.names_no_basis = states_no_basis(self.low)
        return self.names_no_basis

    def draft_before(self, draft: Draft) -> Draft | None:
        """The figure of the sentence being read that was read last before `draft`."""
        for other in reversed(self.sentence_drafts):
            if other.anchor < draft.anchor:
                return other
        return None

    # -- sentences -------------------------------------------------------------------

    def _set_mode(self, kind: Kind, year: int | None) -> None:
        if kind == "target" and not self.target_mode:
            self.year_before_targets = self.period.year
        self.target_mode = kind == "target"
        if self.target_mode:
            self.target_year = year

    def read_without_figures(self, sentence: str, start: int, end: int, digits: bool) -> None:
        """A sentence with no figure (`sentence` is low[start:end]) may still announce
        targets or set the period."""
        mentions: list[PeriodMention] = []
        if _has_period_word(sentence):
            # (no year without a digit)
            mentions = find_periods(sentence, digits=digits, now=self.document_year)
            parens = paren_spans(sentence, 0, len(sentence)) if "(" in sentence else []
            self._leave_targets_of_earlier_years(mentions, start)
            self._advance_period(mentions, parens, end)
        # Out of target mode only a target cue changes the mode, and only where the
        # words announces_targets needs stand; most prose holds none, and the scan
        # for cues over the whole sentence is then skipped. A heading line holds its
        # colon, so it is read too: "Ước thực hiện năm 2024:" on a line of its own
        # estimates the list below.
        heading = sentence.rstrip().endswith(":")
        cue = None
        if self.target_mode or may_announce_targets(sentence):
            cue = latest_cue(sentence)
            if cue is not None and announces_targets(sentence, cue):
                self._set_mode(cue, tasks_year(mentions) or self.period.year)
            elif cue is None and not self.target_mode and adopts_plan_part(sentence):
                self._set_mode("target", tasks_year(mentions) or self.period.year)
            elif cue is None and heading and planned_label(sentence, 0, len(sentence)):
                # "Kế hoạch năm 2025 của huyện Đắk Song:" on a line of its own heads the
                # plan's levels on the lines below.
                self._set_mode("target", tasks_year(mentions) or self.period.year)
        self.estimated_heading = heading and cue == "estimate"
        self.previous_sentence = self.before_remark = []

    def _leave_targets_of_earlier_years(
        self, periods: list[PeriodMention], offset: int = 0
    ) -> None:
        """A sentence about an earlier year than the targets ("Năm 2023, ...", "Đến hết năm
        2023, ...") reports results."""
        if not self.target_mode or self.target_year is None:
            return
        for mention in periods:
            if (
                mention.year is None
                and mention.scope == "year_only"
                and not mention.basis
                and self.low.startswith(_PRESENT, offset + mention.start)
            ):
                # "Hiện nay, tỷ lệ đô thị hóa mới đạt 28,5%" after targets for 2030: where
                # things stand now, not in the target year.
                self.target_mode = False
                if self.period.year == self.target_year:
                    # Back to the time the passage spoke of before its targets.
                    # Aims for the year itself ("Năm 2022, tỉnh đặt kế hoạch ...") leave
                    # now in the year of writing.
                    year = self.year_before_targets
                    self.period = Period(year if year != self.target_year else self.document_year)
                return
            if mention.basis or mention.year is None:
                continue
            if mention.scope != "span":
                start = offset + mention.start
                if mention.scope != "year_only" or not _LOOKING_BACK.search(
                    self.low, max(0, start - 14), start
                ):
                    continue
            if mention.year < self.target_year:
                self.target_mode = False
            return

    def _remember_bases(self, draft: Draft) -> None:
        """Keep the bases the passage states for rises, for the rises that state none."""
        if not draft.comparisons:
            return  # most figures: nothing to keep
        for comparison in draft.comparisons:
            stated = comparison.measure == "change" and comparison.basis_text
            if stated and comparison.basis in ("same_period", "previous"):
                self.stated_change_basis = comparison.basis
                self.month_bases.add(comparison.basis)
        if len(draft.comparisons) >= 2:
            self.stated_bases = bases_of(draft) or self.stated_bases

    def _default_basis(self, comparison: Comparison, draft: Draft) -> Comparison:
        """A rise stated without a basis: on the same period of last year, or for a whole
        year (and for targets) on the year before."""
        if comparison.basis_text:
            return dated_basis(comparison, draft.period)
        if comparison.measure != "change":
            return comparison
        # Only a year said to be whole ("năm 2018", "cả năm") compares with the year before;
        # a year named alone ("hiện", a season, "đến nay") with the same time of last year.
        whole_year = draft.period.from_month == 1 and draft.period.to_month == 12
        if self.target_mode or (whole_year and draft.period.year is not None):
            # A passage that said "so với cùng kỳ" for its whole year goes on so.
            stated = self.stated_change_basis
            if stated is None and not self.target_mode:
                self.bare_rise_first = True
            basis: Basis = "previous"
            if stated and not self.target_mode:
                # A list in the sentence still hands its stated basis down ("3.762 ha, giảm
                # 21,23% so với cùng kỳ; ...; sản lượng cả năm 14.347 tấn, giảm 18,77%").
                listed = listed_basis(draft, self.sentence_drafts)
                basis = listed or (basis if self.bare_rise_first else stated)
            return replace(comparison, basis=basis)
        head = self._head_basis(draft) or listed_basis(draft, self.sentence_drafts)
        if (
            head is None
            and draft.period.from_month is not None
            and draft.period.from_month == draft.period.to_month
            and self.month_bases == {"previous"}
        ):
            head = "previous"
        return replace(comparison, basis=head) if head else comparison

    def _head_basis(self, draft: Draft) -> Basis | None:
        """'CPI tháng 11 tăng 0,31% so với tháng trước và 3,84% so với cùng kỳ, chủ yếu do
        nhóm giao thông tăng 1,94%': a rise with no basis, after a rise its sentence stated
        on one, breaks that one down: it is on the first basis the head named."""
        if draft.quoted_from is not None or draft.in_paren:
            return None  # "(cùng kỳ năm trước giảm 19,5%)": a remark, not a part
        for other in reversed(self.sentence_drafts):
            if other.anchor >= draft.anchor:
                continue
            if other.period != draft.period:
                return None  # "tháng 7 ... tăng 3%; lũy kế 7 tháng ... tăng 18,8%": no part
            stated = [
                comparison.basis
                for comparison in other.comparisons
                if comparison.measure == "change"
                and comparison.basis_text
                and comparison.basis in ("previous", "same_period")
            ]
            if len(set(stated)) >= 2:
                return stated[0]
        return None

    def _period_at(
        self, draft: Draft, periods: list[PeriodMention], parens: list[tuple[int, int]]
    ) -> Period:
        context = self.period
        own_paren = inside(draft.anchor, parens)
        # "So với cùng kỳ, IIP tháng 02 ước tăng 17,31%": the basis comes first, and the
        # figure's own time is named between it and the rise.
        limit = draft.anchor
        if draft.quantity is None and draft.number_start > limit:
            limit = draft.number_start
        for mention in periods:
            if mention.start >= limit:
                break
            if mention.scope == "date" and context.year is None and mention.year:
                context = Period(mention.year)
                continue
            drafts = self.sentence_drafts  # "công nhận 02 xã ... năm 2020, tổng số là 47 xã"
            if mention.basis or passing_year(self.low, drafts, mention, context, limit):
                continue
            paren = inside(mention.start, parens)
            if paren is not None and paren != own_paren:
                continue
            if self._first_level_time(mention):
                continue
            if (
                mention.scope == "year_only"
                and mention.year is None
                and (
                    inside_its_clause(
                        self.low, self.sentence_start, mention.start, mention.end, draft.anchor
                    )
                    # A report on months goes on with them past a clause dated now.
                    or (
                        context.year is not None
                        and context.to_month is not None
                        and predicate_now(
                            self.low, self.sentence_start, mention.start, mention.end, draft.anchor
                        )
                    )
                )
            ):
                continue  # "...đến ngày 15/6 ước đạt ...; chỉ số giá ..." (clause_times)
            if self._is_now(mention):
                # "Hiện xã có ...", "đến nay ...": the time of writing, whatever year the
                # passage last aimed at or looked back on.
                context = Period(self.document_year)
                continue
            context = mention.resolve(context)
        # A period right after the number, in the same stretch ("20,8 tỷ đồng trong 9 tháng",
        # "tăng 14,8% trong quý II").
        number_end = own_number_end(self.low, draft)  # rise_times.py
        if number_end is not None:
            for mention in periods:
                near = number_end <= mention.start < draft.extent_end + 25
                if near and not mention.basis:
                    between = self.low[number_end : mention.start]
                    counted = draft.quantity.extent_end - number_end if draft.quantity else 0
                    # "7 đề tài khoa học và công nghệ cấp tỉnh năm 2024": a "và" inside what
                    # was counted joins its nouns and opens no clause of its own.
                    joined = between[:counted].replace(" và ", "    ") + between[counted:]
                    if "," in between[:counted]:
                        # "24 hộ thoát nghèo, thoát cận nghèo trong năm 2024": the comma is
                        # inside what was counted (timed_chunks)
                        between = joined = between[counted:]
                    if not STOPS_PERIOD.search(between) and not _NEXT_CLAUSE.search(joined):
                        context = mention.resolve(context)
                    break
        return context

    def _first_level_time(self, mention: PeriodMention) -> bool:
        """True for the time of the first level of "từ A năm X xuống/lên B" ("giảm từ
        31,17% cuối năm 2018 xuống còn 26,73%"): A's own, neither B's nor the passage's."""
        low = self.low
        return (
            _FROM_LEVEL_TIME.search(low, max(0, mention.start - 40), mention.start) is not None
            and _TO_LEVEL.match(low, mention.end) is not None
        ) or is_shift_end_time(low, mention.start, mention.end)

    def _is_now(self, mention: PeriodMention) -> bool:
        """True for "hiện", "hiện nay", "đến nay" in a text whose year is known."""
        return (
            self.document_year is not None
            and mention.year is None
            and mention.scope == "year_only"
            and self.low.startswith(_PRESENT, mention.start)
        )

    def _advance_period(
        self,
        periods: list[PeriodMention],
        parens: list[tuple[int, int]],
        end: int,
        first_figure: int | None = None,
        last_figure: int | None = None,
    ) -> None:
        """Carry a sentence's periods to the sentences after it. One named after the first
        figure starts ("..., chỉ số giá bình quân 10 tháng tăng 5,21%") is that figure's
        own: later sentences keep its year but not its months."""
        self.period = brought_to_now(self.low, self.sentence_start, self.period, self.document_year)
        if first_figure is not None and breaks_down(
            self.low, self.sentence_start, periods, self.period
        ):
            return  # "Trong đó quý I tăng 6,08%, quý II ...": parts of it (period_parts)
        opened_with = self.period
        for mention in periods:
            if mention.scope == "date" and self.period.year is None and mention.year:
                # "Ngày 26/02/2024, ..." opening a passage that names no other year.
                self.period = Period(mention.year)
                continue
            if mention.basis or inside(mention.start, parens):
                continue
            if self._first_level_time(mention) or (
                first_figure is not None
                and passing_year(self.low, self.sentence_drafts, mention, self.period, end)
            ):
                continue
            # "tăng từ 65% năm 2015 lên 75% năm 2020.": the year closing a shift dates its
            # last level, not the sentences after it (which go on with the time in force).
            if (
                first_figure is not None
                and _CLAUSE_END.match(self.low, mention.end)
                and _TO_LEVEL_TIME.search(self.low, max(0, mention.start - 40), mention.start)
            ):
                continue
            if (
                self.period.months < 12
                and mention.year == self.period.year
                and not (self.target_mode and mention.start - self.sentence_start < 5)
                and _WHOLE_YEAR.search(self.low, max(0, mention.start - 8), mention.start)
            ):
                # "Ước cả năm 2019, ..." in a report on 9 months of 2019: a forecast for the
                # whole year, said in passing; the report goes on with its 9 months. A sentence
                # it opens with targets ("Cả năm 2021, ngành phấn đấu ...") sets the year.
                continue
            if first_figure is not None and _CONTRAST.search(
                self.low, max(0, mention.start - 12), mention.start
            ):
                # "..., trong khi 4 tháng đầu năm 2020 chỉ số này giảm 11,5%": the time of a
                # figure set in contrast is that figure's alone.
                continue
            if first_figure is not None and _OF_LEVEL.search(
                self.low, max(0, mention.start - 24), mention.start
            ):
                continue
            if last_figure is not None and of_remark(self.low, mention.start, last_figure):
                continue  # "..., chấm dứt đà giảm của quý I." (genitive_times)
            if mention.scope == "year_only":
                # "đến nay", "tính đến ngày ...": this sentence only; later ones keep
                # the months the passage set, in their own year (present_frames).
                if mention.year is not None:
                    self.period = year_reached(self.period, mention.year)
                continue
            resolved = mention.resolve(self.period)
            partial = resolved.to_month is not None and resolved.months < 12
            # "..., chỉ số giá bình quân 10 tháng tăng 5,21%": months named before a later
            # figure are that figure's; named after the last one ("... sơ kết 6 tháng đầu
            # năm."), they frame the report.
            own = last_figure is None or mention.start < last_figure
            if self._extends_frame(resolved, mention.start) or (
                first_figure is not None and closes_part(resolved, self.period, opened_with)
            ):
                # "quý I tăng 5,08%, quý II tăng 9,18%; tính chung 6 tháng tăng 7,14%. Trong
                # mức tăng chung, ...": the sum from the year's start frames what follows.
                self.period = resolved
                continue
            if first_figure is not None and mention.start > first_figure and partial and own:
                if resolved.year is not None and resolved.year != self.period.year:
                    self.period = Period(
                        resolved.year, self.period.from_month, self.period.to_month
                    )
                continue
            self.period = mention.resolve(self.period)

    def _extends_frame(self, resolved: Period, at: int) -> bool:
        """True for a sum from the start of the current year ("tính chung 6 tháng") that
        holds the months in force ("quý I", "quý II", "tháng 6")."""
        context = self.period
        return (
            resolved.from_month == 1
            and resolved.year == context.year
            and context.from_month is not None
            and (resolved.to_month or 0) >= (context.to_month or 12)
            and resolved.months > context.months
            and (
                _SUMMED.search(self.low, max(0, at - 16), at) is not None
                or _BROUGHT_UP.search(self.low, max(0, at - 56), at) is not None
            )
        )

    # -- comparisons stated apart from their figure --------------------------------


def bases_of(draft: Draft) -> tuple[str, ...]:
    """The bases of a figure compared with several, one rise each ("tăng 4,33% so với tháng
    trước và 18,37% so với cùng kỳ"), or () for any other figure."""
    stated = [c for c in draft.comparisons if c.measure == "change" and c.basis_text]
    texts = tuple(dict.fromkeys(c.basis_text for c in stated))
    return texts if len(texts) >= 2 and len(texts) == len(stated) else ()
