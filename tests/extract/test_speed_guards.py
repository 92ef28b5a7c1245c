"""Shortcuts taken for speed that must follow the grammar they stand for."""

from __future__ import annotations

from tiendo.extract.statements import _ANNOUNCES_WORDS, may_announce_targets


def test_may_announce_targets_knows_every_word() -> None:
    # may_announce_targets writes _ANNOUNCES_WORDS out as plain look-ups; a word added to
    # the tuple must be added there too, or a sentence announcing targets would be missed.
    for word in _ANNOUNCES_WORDS:
        assert may_announce_targets(f"các {word} sau")
    assert may_announce_targets("như sau:")
    assert not may_announce_targets("công tác cải cách hành chính tiếp tục được quan tâm")


def test_words_grouped_by_first_letter_match_as_the_plain_alternation() -> None:
    import re

    from tiendo.extract.lexicon import at_word_start

    words = "trong số này có|trong số này|trong đó|đặt mục tiêu|đặt ra mục tiêu|là|đưa|gồm|bao gồm"
    plain = re.compile(rf"\b(?:{words})\b")
    grouped = re.compile(at_word_start(words) + r"\b")
    text = (
        "trong số này có 5 xã, trong số này, trong đó là; đặt ra mục tiêu đưa tỷ lệ "
        "bao gồm gồm xlà làx (là) đặt mục tiêu trong sốnày"
    )
    for start in range(len(text) + 1):
        expected = [(m.span(), m.group()) for m in plain.finditer(text, start)]
        assert [(m.span(), m.group()) for m in grouped.finditer(text, start)] == expected


_TARGET_PIECES = (
    "chỉ tiêu", "mục tiêu", "kế hoạch", "dự toán", "kh", "khu", "không", "tiêu", "so với", "là",
    "đạt", "từ", "tăng", "đã", "vượt", "theo", "năm", "2024", "2016-2020", "95%", "12", "3,5%",
    "tỉnh giao", "giải ngân", ",", ";", ":", "%", "(", ")", "\n", ".", "/",
)  # fmt: skip


def _random_prefixes(seed: int, count: int, pieces: tuple[str, ...] = _TARGET_PIECES) -> list[str]:
    import random

    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        chosen = rng.choices(pieces, k=rng.randint(0, 30))
        text = "".join(piece + rng.choice(("", " ", " ", "  ")) for piece in chosen)
        texts.append(text)
    return texts


def test_names_target_looks_up_as_its_pattern_reads() -> None:
    import re

    from tiendo.extract.named_targets import (
        _DONE,
        _TARGET_NOUN,
        _compared_heading,
        _reached_by_subject,
        names_target,
    )

    # The pattern as written before it was cut at its "^" and its look-behinds moved.
    target_before = re.compile(
        r"(?:^|[,;(:/]|(?<![\d.,/])(?:\d{4}|\d+(?:,\d+)?%)\s|\bso với\s)" + _TARGET_NOUN
    )

    def plain(before: str) -> bool:
        window = before if len(before) <= 80 else "\x00" + before[-80:]
        match = target_before.search(window)
        return (
            match is not None
            and not _DONE.search(match.group(1))
            and not _compared_heading(match)
            and not _reached_by_subject(match)
        )

    texts = _random_prefixes(10, 20000)
    answers = [plain(text) for text in texts]
    assert sum(answers) > 500  # the pieces often make a target's noun
    assert [names_target(text) for text in texts] == answers


def test_aim_content_looks_up_as_its_pattern_reads() -> None:
    from tiendo.extract.aims import _AIM_CONTENT, _AIM_DONE, aim_content

    def plain(low: str, start: int, end: int) -> bool:
        match = _AIM_CONTENT.search(low, max(start, end - 40), end)
        return match is not None and not _AIM_DONE.search(match.group(1))

    texts = _random_prefixes(11, 5000)
    cases = [(text, start, end) for text in texts for start in (0, 7) for end in (len(text), 50)]
    answers = [plain(*case) for case in cases]
    assert sum(answers) > 100
    assert [aim_content(*case) for case in cases] == answers


def test_letters_looked_up_in_lower_case_match_as_patterns_ignoring_case() -> None:
    # without_lead_verb and reached_measure look a pattern's letters up in lower case,
    # where the pattern ignores case: each character the pattern would take for one of
    # them must lower-case to it.
    import re
    import sys

    letters = "tpnđdghạcó"
    any_letter = re.compile(f"(?i)[{letters}]")
    found = [
        char
        for char in map(chr, range(sys.maxunicode + 1))
        if not 0xD800 <= ord(char) <= 0xDFFF and any_letter.fullmatch(char)
    ]
    for letter in letters:
        for char in found:
            if re.fullmatch(f"(?i){letter}", char):
                assert char.lower() == letter, (letter, char)


_NAME_PIECES = (
    "nâng", "Nâng", "NÂNG", "tiếp tục", "Phấn đấu", "đưa", "Được giao", "giao", "duy trì", "giữ",
    "hướng tới", "tỷ lệ", "kế hoạch vốn", "thu ngân sách", "giá trị", "sản xuất", "ước", "Ước",
    "ước tính", "cả năm", "nếu", "Nếu", "loại trừ", "không kể", "đất", ",", "đạt", "Đạt", "ĐẠT",
    "có", "CÓ", "Có", "doanh thu", "tổng", "đàn", "ngành", "huyện", "dự kiến", "nhằm", "x",
)  # fmt: skip


def test_name_clean_ups_agree_with_their_patterns() -> None:
    import random

    from tiendo.extract import lead_verbs, reached

    def plain_lead(indicator: str) -> str:
        if " " not in indicator:
            return indicator
        condition = lead_verbs._CONDITION.match(indicator)
        if condition:
            indicator = f"{indicator[condition.end() :]} {condition.group(1)}"
        return lead_verbs._TRAILING_ESTIMATE.sub("", lead_verbs._LEAD.sub("", indicator, count=1))

    def plain_reached(text: str) -> bool:
        return reached._REACHED_MEASURE.match(text) is not None

    rng = random.Random(12)
    texts = [
        " ".join(rng.choices(_NAME_PIECES, k=rng.randint(1, 12))).replace(" ,", ",")
        for _ in range(20000)
    ]
    assert [lead_verbs.without_lead_verb(text) for text in texts] == [
        plain_lead(text) for text in texts
    ]
    assert sum(plain_lead(text) != text for text in texts) > 1000
    expected = [plain_reached(text) for text in texts]
    assert sum(expected) > 100
    assert [reached.reached_measure(text) is not None for text in texts] == expected


def test_basis_before_a_period_is_looked_up_as_its_pattern_reads() -> None:
    from tiendo.extract.period_cues import _BASIS_BEFORE, _names_basis

    pieces = (
        "so", "so với", "so sánh", "cùng kỳ", "cùng kì", "cùng", "hơn", "ngang", "ngang mức",
        "vượt", "gấp", "bằng", "thời điểm", "kể từ", "kế hoạch", "đầu", "%", "dự toán", "năm",
        "tháng", "trong", "đạt", "12,5", "3", ",", "(", ")", ";", "s", "o", "x",
    )  # fmt: skip
    texts = [text[-40:] for text in _random_prefixes(13, 20000, pieces)]
    answers = [_BASIS_BEFORE.search(text) is not None for text in texts]
    assert sum(answers) > 1000
    assert [_names_basis(text) for text in texts] == answers


def test_number_followed_in_list_is_looked_up_as_its_pattern_reads() -> None:
    from tiendo.extract.confidence import _NEXT_IN_LIST, _followed_in_list

    pieces = (
        "tăng", "đạt", "5", "12,5", "%", ",", ";", " ", "  ", "và", "ha", "tỷ đồng", "xã",
        "trong đó", "lúa", "ngô 3", "bằng", "(", ")", "năm 2024", "khu vực công nghiệp",
    )  # fmt: skip
    texts = _random_prefixes(14, 3000, pieces)
    cases = [(text, end) for text in texts for end in range(0, len(text) + 1, 3)]
    answers = [_NEXT_IN_LIST.match(text, end, end + 40) is not None for text, end in cases]
    assert sum(answers) > 1000
    assert [_followed_in_list(text, end) for text, end in cases] == answers


def test_prose_knows_the_cell_separator_of_documents() -> None:
    # prose.py writes the separator out instead of importing tiendo.documents at start-up.
    from tiendo.documents.model import CELL_SEPARATOR
    from tiendo.extract import prose

    assert prose.CELL_SEPARATOR == CELL_SEPARATOR


_ALLOTTED_PIECES = (
    "được bố trí", "được phân bổ", "được giao", "được", "đượcgiao", "bố trí", "giao", "dự án",
    "đạt", "đề ra", "đặt ra", "đến năm", "2024", "64", "1.200", "xã", "của", "vốn", "năm",
    "kế hoạch", "phấn đấu", ",", ";", "(", ")", ".",
)  # fmt: skip


def test_allotted_cue_is_asked_only_at_the_word_it_opens_with() -> None:
    # Cues asks describes_counted only where the candidate first word is "được": every
    # cue it reads opens with that whole word, so no other candidate is one of them.
    from tiendo.extract.allotted_things import describes_counted
    from tiendo.extract.kinds import _FIRST_WORDS

    for text in _random_prefixes(11, 3000, _ALLOTTED_PIECES):
        for candidate in _FIRST_WORDS.finditer(text):
            if candidate.group() != "được":
                assert not describes_counted(text, candidate.start()), (text, candidate)


_DAY_PIECES = (
    "từ", "ngày", "đến", "tới", "-", "–", "/", "3", "8", "12", "30", "1", "9/2013", "2024",
    "12/2022", "đại hội", "năm", "tháng", " ", ",", "x", "5/", "/2020",
)  # fmt: skip


def test_day_spans_looks_up_the_last_day_as_its_pattern_reads() -> None:
    # day_spans returns nothing at once where no separator, last day, month and year
    # stand; every match of _SPAN holds them, so the span's own finditer finds none there.
    from tiendo.extract.day_spans import _LAST_DAY, _SPAN

    for text in _random_prefixes(12, 4000, _DAY_PIECES):
        if _LAST_DAY.search(text) is None:
            assert _SPAN.search(text) is None, text


_BOUNDARY_PIECES = (
    "năm", "năm 2024", "nămm", "xnăm", "2024", "12345", "thì", "còn", "nhưng", "song", "trong",
    "khi", "trong khi", "và", "vàx", "_và", "đã", "a", "1", "_", "-", ",", "(", "\n",
    "đạt", "là", "được", "thực hiện", "có", "với", "cho", "xuống", "lên", "còn", "mức", "tới",
    "khoảng", "trên", "thêm", "xthêm", "thêmx", "lênx", "từ", "từ 3,5", "12.000", "bình quân",
    "bình quân một vạn dân có", "bình quân 1 nghìn dân đạt khoảng", "xbình quân 1 triệu dân có",
    "một", "vạn dân", "nghìn dân", "tháng", "quý", "đợt", "vụ", "vụx", "hết", "cuối", "giai đoạn",
    "nhiệm kỳ", "phấn đấu", "mục tiêu", "kế hoạch", "dự kiến", "dự báo", "sẽ", "cần", "ước", "xước",
    "cùng kỳ", "cùng kì", "ck", "ckn", "ckx", "cùng thời điểm", "cùng vụ", "cùng tháng năm",
    "đông xuân", "hè thu", "thu đông", "xuân", "mùa", "đx", "ht", "năm trước", "năm ngoái",
    "nhiệm vụ", "định hướng", "dự toán", ":", "chỉ tiêu",
)  # fmt: skip


def test_words_before_their_boundary_match_as_a_leading_boundary() -> None:
    # Patterns whose words come before the look-behind of their boundary ("năm(?<=\bnăm)")
    # so that a search skips to the words' first letters: the same matches as "\bnăm".
    import re

    from tiendo.extract.breakdown_kinds import _OWN_VERB
    from tiendo.extract.comparing import _TO_LEVEL
    from tiendo.extract.comparisons import _SAME_PERIOD
    from tiendo.extract.count_phrases import _PER_UNIT
    from tiendo.extract.passage import _FROM_LEVEL_TIME, _NEXT_CLAUSE
    from tiendo.extract.plan_periods import _BY_YEAR, _PART_OF_YEAR, _WHOLE_YEAR
    from tiendo.extract.points import _ADDED
    from tiendo.extract.statements import _ANNOUNCES
    from tiendo.extract.until_years import _AIMED

    pairs = [
        (_NEXT_CLAUSE, re.compile(r"\b(?:thì|còn|nhưng|song|trong khi|và)\b")),
        (_WHOLE_YEAR, re.compile(r"\bnăm (\d{4})\b")),
        (
            _OWN_VERB,
            re.compile(
                r"\b(?:đạt|là|được|thực hiện|có|với|cho|(?:xuống|lên)(?:\s+còn)?)"
                r"(?:\s+(?:khoảng|gần|hơn|trên|dưới|xấp xỉ|tới|đến|mức))?\s*$"
            ),
        ),
        (
            _TO_LEVEL,
            re.compile(r"\b(?:xuống|còn|lên)(?:\s+(?:còn|mức|tới|đến))?\s*(?:trên|dưới|gần)?\s*$"),
        ),
        (_ADDED, re.compile(r"\bthêm\s*$")),
        (
            _FROM_LEVEL_TIME,
            re.compile(r"\btừ\s+(?:mức\s+|hơn\s+|trên\s+)?\d[\d.,]*[^\d;:]{0,25}?[\s(]*$"),
        ),
        (
            _PER_UNIT,
            re.compile(
                r"\bbình quân\s+(?P<per>(?:một|1)\s+(?:vạn|nghìn|ngàn|triệu|trăm)\s+dân"
                r"|10{0,2}(?:\.000)+\s+dân|10{1,2}\s+dân)\s+"
                r"(?:có|đạt|được)(?:\s+(?:khoảng|gần|hơn|trên))?\s*"
                r"(?:[\d.,]+\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+và\s+)?$"
            ),
        ),
        (_PART_OF_YEAR, re.compile(r"\b(?:tháng|quý|đợt|vụ)\b")),
        (
            _ANNOUNCES,
            re.compile(r"\b(?:chỉ tiêu|mục tiêu|kế hoạch|nhiệm vụ|định hướng|dự toán)\b|:\s*$"),
        ),
        (
            _SAME_PERIOD,
            re.compile(
                r"\bcùng k[ỳì]\b|\bckn?\b|\bcùng thời điểm\b|\bcùng vụ\b|\bcùng (?:tháng|quý) năm\b"
                r"|\b(?:đông xuân|hè thu|thu đông|xuân|mùa|chiêm|đx|ht)\s+năm (?:trước|ngoái)\b"
            ),
        ),
        (
            _BY_YEAR,
            re.compile(r"\b(?:đến|tới|vào)\s+(?:hết\s+|cuối\s+)?năm\b|\bgiai đoạn\b|\bnhiệm kỳ\b"),
        ),
        (
            _AIMED,
            re.compile(
                r"\b(?:phấn đấu|mục tiêu|chỉ tiêu|kế hoạch|dự kiến|định hướng|sẽ|cần|phải|dự báo"
                r"|ước)\b"
            ),
        ),
    ]
    for text in _random_prefixes(13, 1500, _BOUNDARY_PIECES):
        for fast, plain in pairs:
            for start in range(0, len(text) + 1, 3):
                for end in (len(text), max(start, len(text) - 4)):
                    expected = [(m.span(), m.groups()) for m in plain.finditer(text, start, end)]
                    found = [(m.span(), m.groups()) for m in fast.finditer(text, start, end)]
                    assert found == expected, (text, start, end)


def test_describes_counted_looks_for_a_digit_as_its_pattern_reads() -> None:
    # describes_counted answers False at once where no digit stands in the 40 characters
    # before the cue: every match of _COUNTED_BEFORE holds one.
    from tiendo.extract.allotted_things import _COUNTED_BEFORE, describes_counted

    for text in _random_prefixes(14, 3000, _ALLOTTED_PIECES):
        for position in range(len(text) + 1):
            if text.startswith(("được bố trí", "được phân bổ", "được giao"), position):
                start = max(0, position - 40)
                plain = _COUNTED_BEFORE.search(text, start, position) is not None
                assert describes_counted(text, position) == plain, (text, position)


_SIGNED_NAME_PIECES = (
    "xuất khẩu", "Xuất Khẩu", "kim ngạch", "dệt may", "thu", "chi", "số", "giá trị", "Giá Trị",
    "tỷ lệ", "hộ", "nghèo", "(GDP)", "GRDP", "2,5%", "năm", "trong", "đến hết", "Trong",
    "TÍNH ĐẾN", "cùng kỳ", "lũy kế", "luỹ kế", "quý I", "ı", "İ", "ſau", "Σ", "-", ",", "_",
    "x", "khách", "lượt", "là", "gồm", "bao gồm", "đưa", "\t", "\n", "\xa0", "²",
)  # fmt: skip


def test_may_say_twice_lets_through_every_name_the_pattern_finds() -> None:
    # late_name asks _SAID_TWICE only where may_say_twice allows: it must allow each name
    # the pattern finds two words said twice in.
    from tiendo.extract.said_twice import _SAID_TWICE, may_say_twice

    found = 0
    for text in _random_prefixes(21, 6000, _SIGNED_NAME_PIECES[:12]):
        if _SAID_TWICE.search(text):
            found += 1
            assert may_say_twice(text), text
    assert found > 100
    assert may_say_twice("kim ngạch xuất khẩu Xuất khẩu dệt may")
    assert not may_say_twice("kim ngạch xuất khẩu hàng dệt may")


def test_lead_start_reads_as_the_pattern_searched_over_the_whole_text() -> None:
    # lead_start searches _PERIOD_LEAD over the run of its letters and blanks that ends the
    # text only; a search over all of the text before the period finds the same lead.
    from tiendo.extract.period_masks import _PERIOD_LEAD, lead_start

    for text in _random_prefixes(22, 3000, _SIGNED_NAME_PIECES):
        for start in range(len(text) + 1):
            plain = _PERIOD_LEAD.search(text[:start])
            assert lead_start(text, start) == (plain.start() if plain else -1), (text, start)


def _opening_letters(pattern: object) -> set[str]:
    """The characters (to U+22FF) that open a match of `pattern` (an re.Pattern) before one
    of the words it is tried on, as far as the words' first letters go."""
    import re

    assert isinstance(pattern, re.Pattern)
    words = (
        "phấn đấu giảm", "tiếp tục giảm x y", "qua đó giảm x y", "giảm x y", "hạ x y",
        "kéo giảm x y", "kéo x y", "tăng x y", "giữ x y", "bình quân mỗi năm", "mỗi năm",
        "hằng năm", "hàng năm", "diện tích mục tiêu", "sản lượng kế hoạch", "năng suất chỉ tiêu",
        "giá trị mục tiêu", "mục tiêu", "kế hoạch", "chỉ tiêu", "tỷ lệ có x", "tỉ trọng có x",
        "tỷ trọng hộ", "tỉ trọng người", "tổng thu", "thu", "chi", "khiến cho", "khiến",
        "làm cho", "làm", "giúp", "gây ra", "gây", "ghi nhận", "xảy ra",
    )  # fmt: skip
    return {
        chr(code) for code in range(0x2300) for word in words if pattern.match(chr(code) + word[1:])
    }


def test_patterns_read_on_a_name_are_asked_only_of_names_opening_with_their_letters() -> None:
    # late_name and subject_indicator look at a name's first letter before these patterns,
    # which ignore case: every letter that opens a match must be among those looked for.
    from tiendo.extract import causatives, indicator, late_names

    pairs = [
        (late_names._BROUGHT, late_names._BROUGHT_INITIALS),
        (late_names._PER_YEAR, late_names._PER_YEAR_INITIALS),
        (late_names._PLAN_WORD, late_names._PLAN_INITIALS),
        (late_names._SHARE_HAS, late_names._RATE_INITIALS),
        (late_names._SHARE_OF_PEOPLE, late_names._RATE_INITIALS),
        (late_names._BARE_FLOW, late_names._FLOW_INITIALS),
        (causatives._CAUSATIVE, causatives._INITIALS),
        (indicator._RECORDED, "gGxX"),
    ]
    for pattern, initials in pairs:
        opening = _opening_letters(pattern)
        assert opening, pattern
        assert opening <= set(initials), (pattern, opening - set(initials))


_SUBJECT_PIECES = (
    "cùng kỳ", "cùng kì", "cùng vụ", "năm", "trước", "ngoái", "vụ", "đông xuân", "hè thu",
    "thu đông", "mùa", "chiêm", "2012", "là", "đạt", "chỉ", "chỉ đạt", "có", "trong khi", "còn",
    "xuống", "lên", "mức", "tới", "đến", "trên", "dưới", "gần", ",", "(", ")", ":", "\n",
    "này", "riêng", "trong đó", "gồm", "bao gồm", "như", "cụ thể", "tỷ lệ", "x",
)  # fmt: skip


def test_subjects_carried_over_read_as_their_patterns() -> None:
    # same_period_subject and later_level_subject look words up before their patterns.
    from tiendo.extract.carried_subjects import (
        _SAME_PERIOD_SUBJECT,
        _TO_LEVEL_SUBJECT,
        later_level_subject,
        same_period_subject,
    )

    same = later = 0
    for text in _random_prefixes(24, 6000, _SUBJECT_PIECES):
        for piece in (text, text[:12], text[-12:]):
            plain = _SAME_PERIOD_SUBJECT.match(piece.strip())
            found = same_period_subject(piece)
            assert (found and found.group()) == (plain and plain.group()), piece
            expected = _TO_LEVEL_SUBJECT.match(piece) is not None
            assert later_level_subject(piece) == expected, piece
            same += plain is not None
            later += expected
    assert same > 20 and later > 20


def test_words_looked_up_in_naming_stand_in_every_match() -> None:
    from tiendo.extract import naming

    for text in _random_prefixes(25, 6000, _SUBJECT_PIECES):
        for piece in (text, text[:10], text[-10:]):
            if naming._PART_OPENING.match(piece):
                assert any(word in piece for word in naming._PART_WORDS), piece
            if naming._ANAPHORA.search(piece):
                assert "này" in piece, piece
    for opening in ("", "đạt ", "chiếm ", "nâng ", "với "):
        for head in ("tỷ lệ", "tỉ lệ", "bình quân", "tính chung", "tổng cộng", "tổng số", "cả năm"):
            assert len(f"{opening}{head}\n") <= naming._BARE_HEAD_LONGEST
            assert naming._BARE_HEAD.match(f"{opening}{head}\n")
    for head in ("lũy kế", "cộng dồn"):
        assert len(f"chiếm {head}\n") <= naming._BARE_HEAD_LONGEST
