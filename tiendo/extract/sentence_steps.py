"""The passes over a sentence's figures once each is finished, in the order they run.

Each figure is finished on its own (finishing.py: its period, kind and indicator); these
steps then read the sentence's figures together, where one figure's words settle
another's. `_Passage.read_sentence` (prose.py) runs `SENTENCE_STEPS` in one loop, after
the last figure of the sentence is finished and before the sentence is handed on as the
one before the next.

The order matters where a step reads what an earlier one settled: the figures' own
years and months first; then the rises of counts named again are moved to the counts
they are of (leaving `drafts`), so that the steps after see levels only; then a field
named beside a count is shared with its neighbours before a field is recalled from an
earlier count of the same noun (a count that has one is no longer bare); the people a
course is for last. To add a step, write a function of one `FinishedSentence` here and
put it in the table after the steps whose results it reads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from tiendo.extract.class_beneficiaries import name_beneficiaries
from tiendo.extract.clauses import Draft
from tiendo.extract.handed_fields import hand_on_field
from tiendo.extract.month_series import end_month_series
from tiendo.extract.own_counts import resolve_count_references
from tiendo.extract.paired_counts import share_named_field
from tiendo.extract.paren_years import give_paren_years
from tiendo.extract.recalled_fields import recall_fields
from tiendo.extract.shift_ends import date_shift_ends


@dataclass(frozen=True)
class FinishedSentence:
    """A sentence whose figures are each finished: what every step may read."""

    low: str  # the passage, lower-cased
    drafts: list[Draft]  # the sentence's figures, in order
    previous: list[Draft]  # the figures of the sentence before
    year: int | None  # the year the text was written in, when known
    parens: bool  # whether the sentence holds a parenthesis


def paren_years(sentence: FinishedSentence) -> None:
    if sentence.parens:
        give_paren_years(sentence.low, sentence.drafts)


def shift_end_dates(sentence: FinishedSentence) -> None:
    date_shift_ends(sentence.low, sentence.drafts, sentence.year)


def month_series_ends(sentence: FinishedSentence) -> None:
    end_month_series(sentence.low, sentence.drafts)


def count_references(sentence: FinishedSentence) -> None:
    resolve_count_references(sentence.drafts, sentence.previous, sentence.low)


def shared_fields(sentence: FinishedSentence) -> None:
    share_named_field(sentence.drafts, sentence.low)


def handed_fields(sentence: FinishedSentence) -> None:
    hand_on_field(sentence.drafts, sentence.low)


def recalled_fields(sentence: FinishedSentence) -> None:
    recall_fields(sentence.drafts, sentence.previous, sentence.low)


def beneficiaries(sentence: FinishedSentence) -> None:
    name_beneficiaries(sentence.drafts, sentence.low)


SENTENCE_STEPS: Final[tuple[Callable[[FinishedSentence], None], ...]] = (
    paren_years,  # "18,22% (năm 2011), 14,51% (năm 2012)": each level's own year
    shift_end_dates,  # "từ 75.639 hộ (tỉ lệ 24,31%) năm 2010": the year after the gloss
    month_series_ends,  # "tháng 2 còn 660 ca, … đến tháng 5 chỉ còn 165 ca": month 5 alone
    count_references,  # "số vụ giảm 20%": the rise of the count of cases stated before
    shared_fields,  # "khởi tố 19 vụ, 36 bị can về kinh tế": the cases' field is the accused's
    handed_fields,  # "120 vụ … về ma túy với 184 đối tượng": the people's field is the cases'
    recalled_fields,  # "xảy ra 3.422 vụ … về trật tự xã hội. … khám phá 3.061 vụ": that field
    beneficiaries,  # "mở 2 lớp bồi dưỡng … cho 159 đảng viên": named by what the course gives
)
