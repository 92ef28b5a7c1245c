"""A percentage followed by what it is of: "trên 90% đảng viên hoàn thành tốt nhiệm vụ".

The noun phrase after the number names the part of a whole, so the figure is the rate
(tỷ lệ) of that part: "tỷ lệ đảng viên hoàn thành tốt nhiệm vụ". "Số" before the noun
goes: "85% số xã đạt chuẩn" is the rate of communes. Words before the number that only
say when or lead in ("hằng năm", "mục tiêu", "phấn đấu") name nothing.

>>> rate_of("hộ dân sử dụng nước sạch", "hộ dân sử dụng nước sạch")
'tỷ lệ hộ dân sử dụng nước sạch'
>>> rate_of("Hằng năm", "đảng viên hoàn thành tốt nhiệm vụ")
'tỷ lệ đảng viên hoàn thành tốt nhiệm vụ'
>>> rate_of("đến cuối năm", "gia đình đạt chuẩn văn hóa")
'tỷ lệ gia đình đạt chuẩn văn hóa'
>>> rate_of("tỷ lệ che phủ rừng", "diện tích")
''
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.lexicon import COUNTED_NOUN_SET
from tiendo.extract.word_tails import last_words_start

# Words before the number that name nothing measured: a time, a lead-in of an aim; the
# close of the year the passage is about too ("phấn đấu đến cuối năm có 83% gia đình đạt
# chuẩn văn hóa", "đến hết năm nay").
_NAMES_NOTHING: Final = re.compile(
    r"^(?:hằng năm|hàng năm|mỗi năm|đến nay|hiện nay|hiện|mục tiêu|phấn đấu|chỉ tiêu|"
    r"đến năm \d{4}|năm \d{4}|(?:(?:đến|tới|vào)\s+)?(?:cuối|hết)\s+năm(?:\s+nay)?)$",
    re.IGNORECASE,
)
# Nor does a time, an average over the years included, with the "có" that states what
# there is: "Bình quân hàng năm có 84,2% chi bộ hoàn thành tốt nhiệm vụ" (not "bình quân
# mỗi năm giảm từ 2% - 3% hộ nghèo", a change named elsewhere).
_TIME_HAVING: Final = re.compile(
    r"^(?:(?:bình quân|trung bình)\s+)?(?:hằng năm|hàng năm|mỗi năm|năm \d{4}|hiện nay|hiện"
    r"|đến nay)\s+có$",
    re.IGNORECASE,
)
_AND_BEFORE: Final = re.compile(r"(?:^|[\s,])và$", re.IGNORECASE)
_TAKES: Final = re.compile(r"\b(?:chiếm|bằng|đạt|so với|so)(?:\s+\S+)?\s*$", re.IGNORECASE)
_TAKES_WORDS: Final = 3  # "so với" and one word: a match starts within the last three words
_NUMBER_OF: Final = re.compile(r"^(?:tổng\s+)?số\s+(?!lượng|liệu)", re.IGNORECASE)
# (nor is a move to a level: "từ 6,26% xuống còn 2,36%", nor the time a level is at)
_NOT_A_PART: Final = re.compile(
    r"^(?:của|so|trong|trên|với|cả|toàn|vào|cho|tại|ở|từ|đến|xuống|lên|còn|tăng|giảm)\b"
    # "(từ 42,61% cuối năm 2023 xuống còn 36,35% cuối năm 2024)": when, not what
    r"|^(?:cuối|đầu|giữa|hết)\s+(?:năm|kỳ|quý|tháng|nhiệm kỳ|giai đoạn)\b",
    re.IGNORECASE,
)
_RATE: Final = re.compile(r"^(?:tỷ|tỉ) (?:lệ|trọng)\b", re.IGNORECASE)


def rate_of(named: str, tail: str) -> str:
    """The rate of the part `tail` names, when `named` is read from it or names nothing."""
    if not tail or _RATE.match(tail) or not tail[:1].islower() or _RATE.match(named):
        return ""  # "tỷ trọng A trong tổng kim ngạch": named as a share already
    if _NOT_A_PART.match(tail):
        return ""  # "91% của UBND tỉnh", "15% cả nước": whose, or the whole
    if named and not (named.lower().endswith(tail.lower()) or _NAMES_NOTHING.match(named.strip())):
        return ""
    return f"tỷ lệ {_NUMBER_OF.sub('', tail)}"


# "100% thôn, làng, tổ dân phố có tổ chức đảng": the part goes on past a comma while the
# next stretch is another noun of the same list, not a clause of its own.
# (a word may be joined by a dash: "vững mạnh về quốc phòng - an ninh")
_NEXT_ITEM: Final = re.compile(
    r",\s+([^\W\d_A-ZĐ][^\W\d_]*(?: (?:[-–] )?[^\W\d_]+){0,12})(?=\s*[,;.)]|\s*$)"
)
_CLAUSE_OPENER: Final = re.compile(
    r"^(?:tăng|giảm|đạt|vượt|bằng|so|trong|và|nhưng|còn|chiếm|góp|đưa|nâng|cao|thấp|với|là|"
    r"được|đã|sẽ|đang|cần|phải|riêng|cụ thể|đồng thời|tuy|hơn|gấp|góp phần|hoàn thành|tạo|"
    r"giúp|làm|thực hiện|triển khai|xây dựng|phấn đấu|tiếp tục|duy trì|đảm bảo|bảo đảm)\b"
)


def _listed_on(tail: str, norm: str, end: int) -> str:
    """`tail` with the nouns listed after it, up to the first stretch that is a clause."""
    last = tail.rsplit(",", 1)[-1].strip()  # the last noun of the list read so far
    # (a counted noun of many words, "tổ chức cơ sở đảng", is still one noun of the list)
    if len(last.split()) > 3 and last.lower() not in COUNTED_NOUN_SET:
        return tail  # a long part already says what it is; what follows is another clause
    for _ in range(3):
        item = _NEXT_ITEM.match(norm, end)
        if item is None or _CLAUSE_OPENER.match(item.group(1).lower()):
            break
        tail, end = f"{tail}, {item.group(1)}", item.end()
    return tail


def rate_named(draft: Draft, named: str, pre: str, norm: str = "") -> str:
    """The name of a percentage followed by the noun phrase it is of, or ""."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.text != "%" or draft.carried or draft.named:
        return ""
    if _TAKES.search(pre, last_words_start(pre, _TAKES_WORDS)):
        return ""  # "chiếm 35% dân số": the words after the number are the whole
    lead = " ".join(pre.split())
    # "bảo đảm 100% hộ nghèo ... được vay vốn và 100% người thuộc hộ nghèo ...": the words
    # before "và" are the predicate of the rate before it, and this one names its own part
    # (not under "chiếm": "chiếm 48% số vụ và 54% số người bị thương" names the wholes).
    own_part = (
        bool(_AND_BEFORE.search(lead))
        and "chiếm" not in norm[draft.clause_start : quantity.lead_start].lower()
    )
    if _NAMES_NOTHING.match(lead) or _TIME_HAVING.match(lead) or own_part:
        named = ""  # "Mục tiêu 100% hộ nghèo ...": whatever was read into the name
    rate = rate_of(named, quantity.tail)
    # Asked only where it can count (no rate read, a name to compare): the pattern, held
    # to the end of `pre`, is tried after every blank of it.
    acted = (
        _ACTED_ON.search(pre, last_words_start(pre, _ACTED_ON_WORDS))
        if not rate and named
        else None
    )
    if acted and named.lower() == acted.group("verb").lower():
        # "... đánh giá, xếp loại 100% tổ chức cơ sở đảng": the rate of the part the
        # verb acted on.
        rate = rate_of("", quantity.tail)
        rate = f"{rate} được {named}" if rate else ""
    longer = _listed_on(quantity.tail, norm, quantity.extent_end) if rate and norm else ""
    if longer and longer != quantity.tail:
        rate = f"tỷ lệ {_NUMBER_OF.sub('', longer)}"
    return rate


_ACTED_ON: Final = re.compile(
    r"(?:^|[\s,])(?P<verb>(?!(?:có|đạt|là|còn|chiếm|bằng|tăng|giảm)\b)[^\W\d_]+(?: [^\W\d_]+)?)"
    r"(?:\s+(?:được|cho))?(?:\s+(?:trên|hơn|gần|khoảng|tới))?\s*$"
)
_ACTED_ON_WORDS: Final = 4  # a verb of two words, "được" or "cho", a bound word
_BARE_RATE: Final = re.compile(r"^(?:tỷ|tỉ) lệ$", re.IGNORECASE)
_RATE_VERB: Final = re.compile(
    r"\s+(?:còn|đạt|là|ở mức|xuống còn|giảm còn|giảm xuống|chỉ còn|xuống|khoảng|dưới|trên)$"
)
# "số hộ nghèo giảm 1.200 hộ": a subject, then the verb of a change stated as a difference.
_CHANGED_BY: Final = re.compile(
    r"^(?P<subject>.+?)\s+(?:giảm|tăng)(?:\s+thêm)?\s+[\d.,]+\s+\S+\s*$"
)


def rate_after_difference(pre: str) -> str:
    """'Số hộ nghèo giảm 1.200 hộ, tỷ lệ còn 3,5%': the bare rate after a clause that
    changed a subject by a difference is the rate of that subject, or ""."""
    if "," not in pre:
        return ""
    before, rate = pre.rsplit(",", 1)
    # (the rate's noun as a plain test first: most clauses after a comma name none)
    if "lệ" not in rate.lower() or not _BARE_RATE.match(_RATE_VERB.sub("", rate.strip())):
        return ""
    clause = before.rsplit(",", 1)[-1].strip() if "," in before else before.strip()
    changed = _CHANGED_BY.match(clause)
    if changed is None:
        return ""
    subject = _NUMBER_OF.sub("", changed.group("subject").strip())
    if not subject or len(subject.split()) > 5 or any(ch.isdigit() for ch in subject):
        return ""
    return f"tỷ lệ {subject[:1].lower()}{subject[1:]}"
