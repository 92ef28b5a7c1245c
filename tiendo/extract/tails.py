"""The words after a quantity's unit that say what it counts or what the money is.

"kết nạp 80 quần chúng ưu tú, gấp 2,6 lần": after the unit "quần chúng" come "ưu tú", then
a comma ends them. A money amount takes only the noun or purpose right after it ("2,37 tỷ
USD vốn FDI"), a percentage only words that do not open a comparison.

>>> from tiendo.extract.units import read_unit
>>> text = "kết nạp 80 quần chúng ưu tú, gấp 2,6 lần"
>>> unit = read_unit(text, 10, text)
>>> read_tail(text, text, unit.end, len(text), unit)
('ưu tú', 27)
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.char_scans import after_blanks, has_word_at, letters_end
from tiendo.extract.criteria import criteria_met_after
from tiendo.extract.crop_seasons import crop_seasons_at
from tiendo.extract.enumerated_members import members_at
from tiendo.extract.lexicon import COUNTED_NOUN_SET, words
from tiendo.extract.quant_tails import chunk_at, first_digit, hard_stop_at, stop_start
from tiendo.extract.tallied_parts import part_opens_at
from tiendo.extract.timed_chunks import timed_chunk
from tiendo.extract.units import UnitMatch

_TAIL_STOP: Final = re.compile(
    r"[,;:.()\n\"“”]|\s(?:so với|so|tăng|giảm|bằng(?!\s+khen)|tương đương|trở lên|trở xuống|"
    r"trong đó|nhưng|song|trong khi|với|cùng nhiều|cùng các|đồng thời|để|nhằm|chiếm)"
    r"(?![^\W_])"
    # "và" before the next item, or before a clause of its own ("28 giường và tỷ lệ dân số
    # tham gia bảo hiểm y tế đạt 90,7%"): the counted words end there.
    r"|\svà(?=\s+(?:\S+\s+){0,4}\d|\s[^\d,;:.()]{0,80}?\s(?:đạt|là|chiếm)\s+\d)"
    r"|^\s+và(?=\s[^\d,;:.()]{0,60}\d)"
    # "335,6 ha đất và đề nghị cơ quan có thẩm quyền xem xét xử lý 22.619,9 tỷ đồng": a
    # sanction or a referral after "và" is the next act, however far its number stands.
    # ("12 hộ được hỗ trợ và xử lý dứt điểm", with no number after, is one predicate; a
    # plain "chuyển" may be the Party's "chuyển đảng chính thức cho 165 đảng viên dự bị")
    r"|\svà(?=\s+(?:(?:kiến|đề) nghị|xử lý|xử phạt|khởi tố|truy tố|chuyển cơ quan|"
    r"chuyển hồ sơ|thu giữ|tạm giữ)\s[^,;:.()\d]*\d)"
    # "… và trao tặng Quỹ khuyến học 02 tỷ đồng": a gift after "và" is the next act (not
    # where it goes "cho" people counted, whose count the act before names)
    r"|\svà(?=\s+(?:trao|tặng)\s[^,;:.()\d]*(?<!\scho)\s\d)"
    # "62 người bị thương và thiệt hại tài sản ước khoảng 5 tỷ đồng", "8.600 việc làm mới
    # và tỷ lệ hộ nghèo giảm 3,71%": a subject with a level of its own after "và" is the
    # next clause.
    r"|\svà(?=\s[^\d,;:.()]{0,80}?\s(?:ước|tăng|giảm|còn)\s+(?:[^\W\d_]+\s+)?\d)"
    # "17/19 tiêu chí và đang dồn lực hoàn thiện …", "27 tổ chức hoàn thành nhiệm vụ và
    # không có tổ chức nào …": a second predicate (an aspect, a denial) of the subject.
    r"|(?<!\sđã)\svà(?=\s+(?:đang|sẽ|tiếp tục|không có|chưa có)\s)"
    # "1.000 ha rừng trong năm 2023": the time the figure covers ends what was counted.
    r"|\s(?:trong|vào)(?=\s+(?:năm|tháng|quý)\s+[\divx]|\s+\d{1,2}\s+tháng)"
    # "3 xã đạt chuẩn vào cuối năm", "5 xã trong năm nay": a time with no number, likewise
    r"|\s(?:vào|đến|tới)\s+(?:cuối|đầu|giữa)\s+(?:năm|tháng|quý|kỳ)(?![^\W_])"
    r"|\s(?:trong\s+)?năm\s+(?:nay|tới)(?![^\W_])"
)
_PER_POPULATION: Final = re.compile(
    r"[ \t]*(?:trên|/)[ \t]*\d+(?:[.,]\d+)*[ \t]*(?:vạn|nghìn|ngàn)?[ \t]*dân\b"
)
_TAIL_CHUNK: Final = re.compile(r",[ \t]*([^,;:.()\d\n]{1,60}?)(?=[,;.]|\svà\s|$)")
_CHUNK_NOT_TAIL: Final = re.compile(
    r"^(?:và|còn|nhưng|song|so|vượt|tăng|giảm|bằng|đạt|gấp|ngang|cao|thấp|trong|với|đồng thời|"
    r"góp phần|góp|nâng|đưa|thu hút|tạo|giải quyết|phát hiện|khởi tố|xử lý|xử phạt)\b"
)
_NOT_PERCENT_TAIL: Final = frozenset(
    words(
        "và nhưng song còn trong so với kế hoạch kh dự toán chỉ tiêu nghị quyết mục tiêu cùng về "
        "mỗi hằng hàng một bình trở tăng giảm bằng đạt là năm tháng quý"
    )
)
_MONEY_NOUN: Final = re.compile(
    r"[ \t]+((?:nguồn vốn|vốn|tiền|kinh phí|tín dụng|dư nợ|hàng hóa|hàng hoá)"
    r"(?:[ \t]+[^\W\d_]+){0,12})"
    r"(?=[ \t]*(?:[,;.:)\n]|$))"
)
# "huy động 194,6 tỷ đồng đầu tư hạ tầng", "phân bổ 10 tỷ đồng cho đề án ...": what the
# money is for names what was counted.
_MONEY_PURPOSE: Final = re.compile(
    r"[ \t]+((?:cho(?![ \t]+(?:thấy|biết|hay))|để|đầu tư|hỗ trợ|xây dựng|thực hiện)"
    r"(?:[ \t]+[^\W\d_]+){1,12})"
    r"(?=[ \t]*(?:[,;.:)\n]|$))"
)
_FIRST_WORD: Final = re.compile(r"[ \t]*([^\W\d_]+)")
# The words the groups of _MONEY_NOUN and _MONEY_PURPOSE open with: each is asked only
# where one of them follows the blanks (most amounts are followed by neither).
_MONEY_NOUN_OPENINGS: Final = (
    "nguồn vốn", "vốn", "tiền", "kinh phí", "tín dụng", "dư nợ", "hàng hóa", "hàng hoá"
)  # fmt: skip
_MONEY_PURPOSE_OPENINGS: Final = ("cho", "để", "đầu tư", "hỗ trợ", "xây dựng", "thực hiện")


def _opens_after_blanks(low: str, start: int, ceiling: int, openings: tuple[str, ...]) -> bool:
    """True when blanks, then one of `openings` follow `start`: where a pattern that opens
    with "[ \\t]+" and an alternation of them may match."""
    opened = after_blanks(low, start, ceiling)
    if opened == start:
        return False
    return any(has_word_at(low, opened, opening) for opening in openings)


# "15 công ty, chi nhánh được Tổng cục Du lịch cấp phép lữ hành quốc tế và 11 công ty ...":
# a stretch that "và" and the next number close is all of this item's words, however long.
_NEXT_ITEM_AFTER: Final = re.compile(r"[ \t]+và[ \t]+(?:(?:hơn|trên|gần|khoảng)[ \t]+)?\d")
# Acts that open a clause of their own after a count ("bắt giữ 25 đối tượng, tạm giữ ..."),
# not more words of what it counts.
_ACTS: Final = (
    "tạm giữ", "thu giữ", "bắt", "xử lý", "xử phạt", "phát hiện", "khởi tố", "triệt phá",
    "tổ chức", "hỗ trợ", "giải quyết", "cấp", "trao", "tặng", "kết nạp", "đào tạo", "tiếp nhận",
    "vận động", "huy động", "xây dựng", "sửa chữa", "nâng cấp", "đưa", "tạo",
)  # fmt: skip
_HARD_STOP: Final = re.compile(r"[,;:.()\n\"“”]")
# A digit ends a counted noun's words, unless it is an age ("trẻ 5 tuổi").
# A number that ends the words after a unit; "Covid-19", "H5N1" are names, not numbers.
# The look-behinds are written after the digit, one character wider: the same matches,
# but a pattern that opens with the digit lets a search skip to the digits.
# Nor is a school grade ("học sinh lớp 9"), nor the level of a standard ("đạt chuẩn quốc
# gia mức độ 2", "an toàn cấp độ 3"), nor a rating in stars ("sản phẩm đạt 4 sao": never a
# figure, lexicon.NOT_A_UNIT), nor a voltage that names the class of what is counted ("3
# trạm biến áp 220 kV").
_DIGIT: Final = re.compile(
    r"\d(?<![^\W_]\d)(?<![^\W\d_]-\d)(?<!mức độ \d)(?<!cấp độ \d)(?<!lớp \d)"
    # "10 xã đạt chuẩn mức 1 và 5 xã …": the level of a standard said "mức" and one digit,
    # where nothing of a quantity follows ("mức 2 triệu đồng", "mức 15%" end the words).
    r"(?!(?<=mức \d)(?:[ \t]*(?:[,;)]|\.(?!\d)|$)|[ \t]+(?:và|trở|sau|hoặc)\b))"
    r"(?![\d.,]*\s*(?:(?:năm\s+)?tuổi|sao\b|kv\b))"
)


# Words that govern the number right after them ("31 chỉ tiêu cùng 5 nhiệm vụ", "3.609 vụ
# trong tổng số 4.088 vụ"): a preposition's object is the next quantity, so no word of this
# count. ("cho" stays: "… cho 148 đồng chí" names the people the act before was done for,
# which the next count's name reads from this one's words.)
_GOVERNS_NEXT: Final = re.compile(
    r"(?:[ \t]+(?:cùng|của|tại|trên|trong|tổng số|số|gồm|bao gồm|từ|"
    r"hơn|gần|khoảng|xấp xỉ|tới|đến|ít nhất|tối thiểu|tối đa))+[ \t]*$"
)


# The words that name a year before its number, with the time words that lead them ("cuối
# năm", "đến hết năm", "chỉ tiêu … đề ra cho năm 2023"): no words of what is counted.
_YEAR_WORDS: Final = re.compile(
    r"(?:[ \t]+(?:trong|cuối|đầu|giữa|đến|tới|hết|vào|từ|cho)){0,2}[ \t]+năm[ \t]+$"
)


def _nouns_only(stretch: str) -> bool:
    """True for one word, or for counted nouns listed with commas ("xã, phường")."""
    return len(stretch.split()) <= 1 or all(
        " ".join(piece.split()) in COUNTED_NOUN_SET for piece in stretch.split(",")
    )


def read_tail(low: str, norm: str, start: int, ceiling: int, unit: UnitMatch) -> tuple[str, int]:
    if unit.kind == "money":
        # "2,37 tỷ USD vốn FDI, bằng 79% kế hoạch": what the money is, then the clause ends.
        noun = (
            _MONEY_NOUN.match(low, start, ceiling)
            if _opens_after_blanks(low, start, ceiling, _MONEY_NOUN_OPENINGS)
            else None
        ) or (
            _MONEY_PURPOSE.match(low, start, ceiling)
            if _opens_after_blanks(low, start, ceiling, _MONEY_PURPOSE_OPENINGS)
            else None
        )
        if noun:
            return " ".join(norm[noun.start(1) : noun.end(1)].split()), noun.end(1)
        return "", start
    if unit.kind == "scale":
        return "", start
    if unit.kind == "percent":
        # _FIRST_WORD.match(low, start), read in place: the letters after the blanks
        opened = after_blanks(low, start, len(low))
        stop_at = letters_end(low, opened, len(low))
        if stop_at == opened or low[opened:stop_at] in _NOT_PERCENT_TAIL:
            return "", start
    met = criteria_met_after(low, start, ceiling) if unit.kind == "count" else None
    if met:
        return " ".join(norm[start:met].split()), met
    # The window up to the first of _HARD_STOP's characters, found in place; _TAIL_STOP
    # is asked from where a match of it can start, and _DIGIT from the first digit.
    window = low[start : hard_stop_at(low, start, min(ceiling, start + 160))]
    governed_at = -1
    opening = stop_start(window)
    stop = _TAIL_STOP.search(window, opening) if opening >= 0 else None
    cut = stop.start() if stop else len(window)
    digit_at = first_digit(window, 0, cut)
    digit = _DIGIT.search(window, digit_at, cut) if digit_at >= 0 else None
    if digit and crop_seasons_at(window, digit.start()):
        digit = _DIGIT.search(window, digit.end(), cut)  # "ha đất 1 vụ sang ...": its land
    if digit:
        cut = digit.start()
        if window.endswith(" năm ", 0, cut) and (year := _YEAR_WORDS.search(window, 0, cut)):
            cut = year.start()  # "7 đề tài cấp tỉnh năm 2024": the year dates the count
        if unit.kind == "count" and (part := part_opens_at(window, cut, unit.text)) >= 0:
            cut = part  # "trong 12 chỉ tiêu có 10 chỉ tiêu đạt": the part's clause opens
        # "93,02 giường trên 1 vạn dân": the denominator belongs to the unit.
        per = _PER_POPULATION.search(window)
        if per and per.start() <= cut:
            cut = per.end()
        elif unit.kind == "count" and (governed := _GOVERNS_NEXT.search(window, 0, cut)):
            # "31 chỉ tiêu cùng 5 nhiệm vụ": "cùng" takes the next count, so it names
            # nothing of this one (the count's stretch still ends at the number, which the
            # next figure's own words start after)
            governed_at = start + governed.start()
    end = start + cut
    if unit.kind in ("count", "percent"):
        # Short comma-separated continuations of a counted noun belong to it:
        # "220 cuộc học tập, quán triệt chỉ thị, nghị quyết, thu hút ...".
        while True:
            chunk = chunk_at(low, end)  # _TAIL_CHUNK.match(low, end), read in place
            chunk = chunk or timed_chunk(low, end)  # ", thoát cận nghèo trong năm 2024"
            if chunk is None or chunk[1] > ceiling:
                break
            text = low[chunk[0] : chunk[1]]
            words = text.split()
            # A lone classifier ("100% chi, đảng bộ có nguồn ...") or a list of counted
            # nouns ("100% xã, phường, thị trấn vững mạnh ...") takes a longer list.
            limit = 10 if _nouns_only(low[start:end]) else 5
            if (
                low.startswith(" và", chunk[1])
                and _NEXT_ITEM_AFTER.match(low, chunk[1])
                and not text.lstrip().startswith(_ACTS)
            ):
                limit = 14
            if not words or len(words) > limit or _CHUNK_NOT_TAIL.match(text.strip()):
                break
            end = chunk[1]
    named_end = governed_at if start <= governed_at and end == start + cut else end
    if unit.kind == "count" and (members := members_at(norm[start:named_end], unit.text)) >= 0:
        # "4 xã … là Suối Rao, Sơn Bình": the members, not what is counted, and no part of
        # the count's words ("là Thới Bình ước 61,1 tỷ đồng" opens the next item's)
        named_end = end = start + members
    tail = " ".join(norm[start:named_end].split()).strip(" ,")
    if unit.kind == "percent" and (
        not tail[:1].isalpha() or tail.split()[0].lower() in _NOT_PERCENT_TAIL
    ):
        tail = ""
    return tail, (end if tail else start)


def gap_end(low: str, norm: str, unit: UnitMatch, ceiling: int) -> int:
    """Where an absolute difference set aside ends: a count's, after the words of what it
    counts ("tăng 5 đơn vị cấp tỉnh, tương ứng 6% so với năm trước"), so that the rate
    restating it takes no subject of them and stays the change of the figure before;
    money's and a measure's, at the unit."""
    if unit.kind != "count":
        return unit.end
    return read_tail(low, norm, unit.end, ceiling, unit)[1]
