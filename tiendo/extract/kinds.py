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
from tiendo.extract.cue_openings import may_open, openings, top_alternatives
from tiendo.extract.cue_plans import may_go_on
from tiendo.extract.cue_words import first_word_table, next_first_word
from tiendo.extract.figure import Kind
from tiendo.extract.goal_subjects import GOAL_SUBJECT
from tiendo.extract.governed_aims import governed_aim
from tiendo.extract.label_clauses import label_before, label_figure
from tiendo.extract.met_plans import PLAN_HEADING, met_plan
from tiendo.extract.rate_names import in_rate_name
from tiendo.extract.remaining_levels import remains_by, year_come

# The cues of each kind, as sources: Cues compiles them cut by first letter, and the
# whole alternations of the estimate and the target, seldom searched, are compiled when
# first asked for (_estimate, _target), not at each start-up.
_ESTIMATE_SOURCE: Final = (
    r"(?:(?<!\bquy )(?<!\bcông )(?<!\bhiệp )(?<!\bmong )(?<!\bđiều )(?<!\bthỏa )(?<!\bthoả )"
    # "vốn đầu tư công ước đạt": a verb after "công ước" makes it no treaty.
    r"|(?=ước (?:đạt|tăng|giảm|thực hiện|tính|khoảng)\b))"
    r"\b(?:dự ước|ước tính|ước đạt|ước thực hiện|ước|dự kiến|dự báo|dự tính)\b"
    # "Dự kiến đến cuối năm hoàn thành 100% ...": a completion foreseen, not yet done; the
    # cue holds the verb (within the words of its clause), so that no result is read in it.
    r"(?:(?<=kiến)(?:\s+(?:[^\s,;:.\d]+|\d{1,2}/\d{1,2}(?:/\d{4})?|\d{4})){0,6}?"
    r"\s+hoàn thành\b)?"
    # "Ước thực hiện các chỉ tiêu kinh tế - xã hội năm 2024: ...", "Dự ước thực hiện chỉ
    # tiêu giải quyết việc làm là ...": the plan is what the estimate is of, carried out;
    # the cue holds it, so that neither its target words nor "thực hiện chỉ tiêu" (a
    # result) have the last word.
    r"(?:(?<=ước|ính|iến) thực hiện)?"
    r"(?:(?<=hiện) (?:(?:các|những) )?(?:chỉ tiêu|kế hoạch|nhiệm vụ|dự toán|mục tiêu)\b)?"
    r"(?!\s+(?:mơ|muốn|vọng|nguyện))"
    # "Cả năm 2024, thu ngân sách có thể đạt 520 tỷ đồng", "... nhiều khả năng vượt 2.000 tỷ
    # đồng": a level said likely to be reached is a forecast of the result, not what a
    # subject is able to do ("có khả năng cung ứng 5.000 tấn gạo").
    r"|\b(?:có thể|có khả năng|nhiều khả năng)"
    r"(?= (?:sẽ )?(?:đạt|vượt|tăng|giảm|lên|cán mốc|chạm mốc|về đích)\b)"
)
_TARGET_SOURCE: Final = (
    # "đặt các chỉ tiêu: ...", "đặt ra 3 mục tiêu": the targets set, counted or not.
    r"\bphấn đấu\b|\bđặt (?:ra )?(?:(?:các|những|\d+) )?(?:mục tiêu|chỉ tiêu)"
    # ... or the rate, level or plan set ("đặt tốc độ tăng trưởng 15,5%", "đặt mức thu 4.800 tỷ").
    r"|\bđặt (?:ra )?(?:tốc độ|mức|kế hoạch)\b"
    # "mục tiêu hằng năm 100% chi bộ ...", "mục tiêu giai đoạn 2026-2030 ...": an aim.
    # A goal met or passed ("cơ bản hoàn thành mục tiêu giai đoạn 2021-2025;") is a result.
    r"|(?<!hoàn thành )(?<!vượt )(?<!đạt )(?<!với )"
    r"\bmục tiêu (?:đến|đạt|là|năm|của|:|hằng năm|hàng năm|mỗi năm|giai đoạn|nhiệm kỳ)"
    # "25 chỉ tiêu chủ yếu" counts the indicators; "nhiều chỉ tiêu năm 2024 tăng cao", "phần lớn
    # chỉ tiêu kinh tế - xã hội đạt, vượt kế hoạch" say them risen or met: results, not aims
    # ("môi trường", like "kinh tế", names a group).
    r"|(?<!\d )\bchỉ tiêu (?:năm \d{4}(?! (?:đều |đã |cơ bản )?(?:đạt|vượt|hoàn thành"
    r"|(?:tăng|giảm) (?:cao|khá|mạnh|so)))|đến năm"
    r"|(?:chủ yếu|kinh tế|xã hội|môi trường)(?![^,;:.\d]{0,40}?"
    r" (?:đạt(?:,| và) vượt|vượt|hoàn thành|chuyển biến"
    r"|(?:tăng|giảm|tăng trưởng) (?:cao|khá|mạnh|so)|đạt (?:cao|khá|kế hoạch|so\b|chỉ tiêu)))|:"
    # "Năm 2022, chỉ tiêu về tỷ lệ che phủ rừng đạt 58,5%": the measure reported by the
    # name of its target, the verb a result's ("chỉ tiêu về thu ngân sách là ..." sets one).
    r"|về(?! (?:[^\W\d_]+ ){1,8}?(?:ước )?đạt \d)"
    r"|(?:đề ra |đặt ra |giao )?là)"
    # "chỉ tiêu Nghị quyết là 60 triệu đồng", "mục tiêu của kế hoạch năm là ...".
    r"|\b(?:chỉ tiêu|mục tiêu)(?: (?!vượt|đạt|bằng|so|là)[^\s,;:.]+){1,6} là\b"
    r"|\bnhóm chỉ tiêu\b|\bsẽ\b|"
    + GOAL_SUBJECT
    + r"|\bđề ra\b|\bđặt ra\b|(?<!hơn )(?<!so với )\bđịnh hướng\b|\bgiữ (?:ở )?mức\b"
    # ... not a level described in words ("giữ ở mức thấp"): where things stood.
    r"(?! (?:thấp|cao|ổn định|hợp lý|vừa phải)\b)"
    # What must be reached or done ("phải đạt", "phải có", "phải giải ngân"), not what one
    # had to undergo ("phải di dời 120 hộ", "phải nhập viện").
    r"|\bphải (?=đạt|có|hoàn thành|bảo đảm|đảm bảo|nâng|giải ngân|thu\b|tăng|giảm|duy trì"
    r"|trồng|xây dựng|kết nạp|đào tạo|tạo)"
    # An amount allotted or asked for is planned, not spent: "được bố trí 73 tỷ đồng",
    # "đề xuất bổ sung 300 tỷ đồng" ("Huyện phân bổ 10 tỷ đồng" reports what was done).
    r"|\bđược bố trí\b|\bđề xuất\b"
    # What an authority requires ("yêu cầu 100% chi bộ tổ chức đại hội"), not a requirement
    # met or followed ("đạt yêu cầu", "đáp ứng (được) yêu cầu", "theo yêu cầu của ...",
    # "giải quyết đúng yêu cầu"), nor the papers that ask ("hồ sơ yêu cầu giải quyết thủ
    # tục", "đơn yêu cầu bồi thường", "phiếu yêu cầu"): requests received.
    r"|(?<!đạt )(?<!ứng )(?<!ứng được )(?<!đúng )(?<!bảo đảm )(?<!đảm bảo )(?<!theo )"
    r"(?<!các )(?<!những )(?<!hồ sơ )(?<!đơn )(?<!phiếu )"
    r"\byêu cầu\b(?! (?:của|đề ra|đặt ra|nhiệm vụ|chuyên môn|công việc)\b)"
    # What is allotted to the subject ("Huyện được phân bổ 85 tỷ đồng"), what the time to
    # come holds ("Trong thời gian tới, ...", "từ nay đến cuối năm") and what is needed.
    r"|\bđược phân bổ\b|\bthời gian tới\b|\bsắp tới\b|\btừ nay đến (?:cuối|hết)\b"
    r"|\bgiao (?:chỉ tiêu|kế hoạch|nhiệm vụ|mục tiêu)\b"
    r"|\bcần (?:giải ngân|huy động|hoàn thành|thực hiện|bố trí|bổ sung|thu)\b"
    # "Theo kế hoạch, năm 2024 thành phố trồng mới 1.000 ha rừng": what the plan sets;
    # "Theo dự toán năm 2023, thu ngân sách là ...": what the budget sets.
    r"|(?<!hiện )(?<!khai )\btheo (?:kế hoạch|mục tiêu|chỉ tiêu|dự toán)"
    r"(?: năm \d{4}| (?:được )?giao)?\s*,"
    # "Theo phương án nhân sự, Ban Chấp hành nhiệm kỳ mới gồm 54 người", "Theo đề án, mỗi
    # xã bố trí 3 cán bộ", "Theo dự thảo, ...": a scheme or a draft opening its sentence
    # lays down what is to be, as a plan does; the cue holds its name up to the comma.
    r"|(?<!hiện )(?<!khai )(?<!đúng )\btheo (?:phương án|đề án|lộ trình|dự thảo)"
    r"(?: [^\s,;:.]+){0,4}?\s*,"
    # "Theo Quy hoạch tỉnh thời kỳ 2021 - 2030, ...": what a master plan lays down. The cue
    # holds the plan's name up to its comma, so that "đã được phê duyệt" there is no result.
    r"|(?<!hiện )(?<!khai )(?<!đúng )\btheo quy hoạch\b(?:[^,;:.]*?(?=,\s))?"
    # "Theo Quyết định số 896/QĐ-UBND phê duyệt Kế hoạch phát triển ... 2021 - 2025, đến
    # năm 2025 lượng khách ước đạt ...": the decision that adopts a plan frames what follows
    # as the plan's content; the cue holds the decision's name up to its comma, and the
    # plan's horizon after it, so that the forecast word after them is the plan's.
    r"|(?<!hiện )(?<!khai )\btheo (?:quyết định|nghị quyết|chỉ thị)\b[^,;:.]{0,120}?"
    r"\b(?:phê duyệt|ban hành) (?:kế hoạch|quy hoạch|đề án|chương trình)\b[^,;:.]*?"
    r"(?:,\s+(?:đến|tới) (?:hết |cuối )?năm \d{4}\b|(?=,\s))"
    # A heading of its own: "Kế hoạch năm 2024", "Nhiệm vụ năm 2025", "Phương hướng, nhiệm
    # vụ và giải pháp năm 2025.", not the work carried out ("Kết quả thực hiện nhiệm vụ năm
    # 2024", "Tình hình triển khai kế hoạch năm 2024"), which reports results.
    r"|(?<!vượt )(?<!đạt )(?<!với )(?<!bằng )(?<!hiện )(?<!khai )(?<!quả )"
    r"\b(?:kế hoạch|nhiệm vụ|phương hướng)"
    r"(?:,?\s+(?:và\s+)?(?:nhiệm vụ|giải pháp|phương hướng|mục tiêu))*"
    r"(?: (?:năm|giai đoạn) \d{4}(?:\s*[-–]\s*\d{4})?)?\s*\.?\s*$"
    # ... or a label opening the list after it: "Phương hướng năm 2025: GRDP tăng 8%; ...",
    # "Nhiệm vụ năm 2025 là thu ngân sách đạt 6.000 tỷ đồng".
    r"|(?<!vượt )(?<!thành )\b(?:nhiệm vụ|phương hướng)"
    r"(?: (?:năm|giai đoạn) \d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?::|là\b)"
    # Keeping to a bound is an aim ("duy trì dưới 3%"); a level kept ("kinh tế duy trì mức
    # tăng trưởng 7,8%") is where things stood.
    r"|\bduy trì (?:ở )?(?:dưới|trên|không|tối)\b"
    r"|\bcần (?:đạt|phải)\b|\bdự toán (?:năm \d{4} )?(?:là|giao)\b"
    # "Các chỉ tiêu đều vượt kế hoạch: ...": a plan passed or reached opens results.
    # "Kế hoạch năm 2025, tỉnh thu hút 3 triệu lượt khách": the plan opening its sentence.
    r"|(?<!\S)(?<!\S )kế hoạch(?: năm \d{4})?\s*,"
    r"|\bkế hoạch (?:năm \d{4} )?là\b"
    # "Kế hoạch năm 2025: ...", not a plan results kept to or are set beside (met_plans).
    r"|" + PLAN_HEADING + r"|(?<!vượt )(?<!đạt )(?<!bằng )(?<!với )(?<!thành )(?<!% )"
    r"\b(?:chỉ tiêu|kế hoạch)(?: (?!vượt|đạt|bằng|so)\S+){0,3} giao\b|\bđược giao\b"
    # (not the time "tính đến năm 2023" or a running total "lũy kế đến năm 2021" counts up to)
    r"|(?<!tính )(?<!lũy kế )(?<!luỹ kế )\bđến năm \d{4}|\bxác định\b|\bchủ trương\b(?! đầu tư)"
    # A policy approved for projects ("chấp thuận chủ trương 16 dự án") is a decision made.
    r"(?<!chấp thuận chủ trương)(?<!phê duyệt chủ trương)|\bnhằm\b"
    # What a plan or a congress adopts ("thông qua kế hoạch ...", "thông qua 31 chỉ tiêu"),
    # not the documents passed ("thông qua 62 nghị quyết") nor the means ("thông qua các
    # chương trình, đã hỗ trợ ...").
    r"|\bthông qua(?= (?:các |những )?(?:kế hoạch|nghị quyết|chỉ tiêu|mục tiêu|quy hoạch"
    r"|đề án|dự toán)\b| \d+ (?:chỉ tiêu|mục tiêu|nhiệm vụ)\b)"
    r"|\bhướng (?:tới|đến) (?!kỷ niệm|chào mừng|đại hội|đại lễ|ngày|lễ|sự kiện|người|khách)"
    # The plan's level: "(KH 44-45%)", "38.198 tấn/KH 41.000 tấn" (not "45/KH-UBND").
    r"|(?<=\()\s*(?:kh|nq)\b(?:\s+(?:năm\s+)?\d{4})?\s*:?|(?<=/)(?:kh|nq)(?= (?:tăng )?\d)"
    # Planning and resolving are aims: "tỉnh lên kế hoạch tổng thu khoảng ...", "quyết
    # tâm đưa tỷ lệ giải ngân lên trên 95%" (not "với quyết tâm cao, ..." said of work done).
    r"|\blên kế hoạch\b|\bquyết tâm (?=đưa|đạt|hoàn thành|giải ngân|thu\b|nâng|tăng|giảm)"
    # Striving is aiming ("cố gắng đạt sản lượng 500.000 tấn"), not the effort made ("nhờ
    # sự cố gắng của ...").
    r"|(?<!sự )\bcố gắng (?=đưa|đạt|hoàn thành|giải|thu\b|nâng|tăng|giảm|tạo|trồng|xây)"
    # A growth scenario is the level planned ("bám sát kịch bản tăng trưởng ... từ 8%"),
    # its forecast word with it; one that results passed or met is no aim.
    r"|(?<!vượt )(?<!đạt )(?<!với )(?<!bằng )(?<!hơn )\bkịch bản(?: tăng trưởng)?"
    r"(?: (?:dự tính|dự kiến|đề ra|đặt ra))?"
)
_ACTUAL_SOURCE: Final = (
    r"\bđã\b|\bkết quả\b|\bthực hiện (?:được\b|(?:các |những )?chỉ tiêu)|\bghi nhận\b"
    r"|\bđạt được\b|\bcó được\b"
    r"|(?<!phải )(?<!sẽ )\bhoàn thành\b|\btrong năm qua\b"
)
# "ước thực hiện được 45.000 tỷ đồng": the estimate's own words, not a result.
_RECENT_ACTUAL: Final = re.compile(
    r"(?<!\bsẽ )(?<!\bsẽ còn )(?<!\bước thực hiện )\bđược(?:\s+\S+){0,2}\s*$"
)


_CUE_SOURCES: Final = (
    ("estimate", _ESTIMATE_SOURCE),
    ("target", _TARGET_SOURCE),
    ("actual", _ACTUAL_SOURCE),
)


@cache
def _estimate() -> re.Pattern[str]:
    return re.compile(_ESTIMATE_SOURCE)


@cache
def _target() -> re.Pattern[str]:
    return re.compile(_TARGET_SOURCE)


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
    "|nhằm|nhiệm(?= vụ)|phương(?= hướng)|đã|giữ|hướng|giao(?= [cknm])"
    "|kh(?<=[(/]kh)|nq(?<=[(/]nq)|mục(?= tiêu)|chỉ(?= tiêu)|nhóm(?= chỉ tiêu)|đề(?= [rx])"
    "|định(?= hướng)|duy(?= trì [ởmdtk])"
    "|kế(?= hoạch)|được(?= [gbp])|xác(?= định)|thông(?= qua)|chủ(?= trương)|kết(?= quả)"
    "|thực(?= hiện [đcn])|ghi(?= nhận)|đạt(?= được)|có(?= [đtk])|hoàn(?= thành)"
    "|nhiều(?= khả)"
    "|trong(?= năm qua)|theo(?= [kmcqdpđln])|thời(?= gian tới)|sắp(?= tới)|từ(?= nay)"
    "|lên(?= kế hoạch)|quyết(?= tâm)|kịch(?= bản)|cố(?= gắng)|yêu(?= cầu)"
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
            if cue_start < start or any(mark in gap for mark in (";", ":", ". ")):
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
