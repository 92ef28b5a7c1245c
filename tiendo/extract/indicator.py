"""The indicator: the noun phrase that names what a figure measures.

Usually it is the subject of the figure's clause ("Tổng thu NSNN trên địa bàn ...
là 123,4 tỷ đồng"). When an actor does something ("Toàn huyện đã gieo trồng
25.271,9 ha cây các loại"), the measure is named from the unit and the verb:
"diện tích gieo trồng cây các loại".

>>> subject_indicator("Toàn huyện đã gieo trồng", unit="ha", unit_kind="measure",
...                   tail="cây các loại")
'diện tích gieo trồng cây các loại'
>>> subject_indicator("Tổng thu NSNN trên địa bàn trong quý I năm 2022 là", unit="tỷ đồng",
...                   unit_kind="money", tail="", periods=[(27, 47)])
'Tổng thu NSNN trên địa bàn'
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.acted_objects import acted_on, held_thing
from tiendo.extract.actors import agent_length
from tiendo.extract.causatives import without_causative
from tiendo.extract.causes import past_cause
from tiendo.extract.closing_words import closing_size, phrases_by_word, words_at
from tiendo.extract.estimate_remarks import without_estimate_remark
from tiendo.extract.funds import funds_named
from tiendo.extract.governing import TOTAL_HELD, last_governing
from tiendo.extract.held_counts import held_count
from tiendo.extract.herds import counted_stock
from tiendo.extract.lexicon import MEASURE_HEADS
from tiendo.extract.mainly_parts import mainly_part
from tiendo.extract.name_case import lower_name
from tiendo.extract.opening_counts import opens_own_clause
from tiendo.extract.paren_remarks import blank_remarks
from tiendo.extract.part_stretches import from_part_stretch
from tiendo.extract.period_masks import ANY_DIGIT, masked
from tiendo.extract.plural_lists import fold_plural_lists
from tiendo.extract.price_basis import without_price_basis
from tiendo.extract.product_counts import counts_output
from tiendo.extract.proper_names import drop_proper_names
from tiendo.extract.reached import listed_subject, measure_of_clause, reached_measure
from tiendo.extract.second_predicates import act_alone, own_predicate, without_remarks
from tiendo.extract.subject_edges import LEADING_WORDS, TRAILING_WORDS
from tiendo.extract.topic_scopes import with_topic
from tiendo.extract.units import counted_noun, measure_noun
from tiendo.extract.yearly_acts import yearly_act

_ADVERBIAL_START: Final = re.compile(
    r"^(?:về|theo|xét theo|chia theo|phân theo|so với|so|trong|bên trong|sau|đến|tới|tính|"
    r"ước thực hiện|ước tính|cụ thể|bên cạnh|"
    r"ngoài ra|đồng thời|nhìn chung|tuy nhiên|dù|mặc dù|do|nhờ|ở nhóm|ở lĩnh vực|trên lĩnh vực|"
    r"lĩnh vực|từ|kể từ|bước sang|năm|tháng|quý|nửa|hiện|lũy kế|luỹ kế|cộng dồn|riêng|"
    r"trong đó|theo đó|qua|thời gian qua|kết quả|như vậy|nhìn lại|đặc biệt|ảnh hưởng|"
    r"trước tình hình|với sự|nhiệm kỳ|giai đoạn|chỉ sau|sau hơn|"
    # the directive an act carries out ("Thực hiện Thông tư số 12/2025/TT-BCA, ...")
    r"thực hiện (?:nghị quyết|kế hoạch|chỉ thị|quyết định|chương trình|thông tư|nghị định|"
    r"chỉ đạo|công văn|đề án)|"
    r"trong số này|trong số đó|dịp này|nhân dịp|tại buổi|tại hội nghị|tại đại hội|đối với|"
    r"cùng với|song song|mặt khác|tiếp đó|sau đó|trước đó|cũng trong|cũng tại|cũng dịp|"
    r"cũng theo|với đà|với kết quả|với tốc độ|kết thúc\s*$|cũng\s*$|"
    # a sentence's link to the one before ("Tuy vậy, ...", "Ngược lại, ...") names nothing;
    # nor does where it happens ("Ở phía chi, ...", "Tại huyện X, ...") or what it rests on
    # ("Căn cứ kết quả rà soát, ...")
    r"tuy|dẫu|vì vậy|vì thế|bởi vậy|thế nhưng|ngược lại|trái lại|ở|tại|"
    r"căn cứ|dựa trên|dựa vào|trên cơ sở)\b"
)
_REPORTING_END: Final = re.compile(
    r"\b(?:cho biết|cho hay|cho thấy|báo cáo|thông tin|nhận định|đánh giá)\s*$"
)
_DETAIL_MARKER: Final = re.compile(
    r"^(?:trong đó|cụ thể là|cụ thể|riêng|theo đó|ngoài ra|trong khi)\s+"
    r"(?!lĩnh vực|về|đối với|với|trong)(?=\S)"
)
# "..., khi mức tăng trưởng lần lượt là ...": "when" opens a clause with a subject of its own.
_CLAUSE_OPENERS: Final = ("đã ", "sẽ ", "đang ", "khi ")
# Verbs of a count's own clause (", bắt giữ 01 đối tượng"): their stretch is the whole measure.
_COUNT_VERBS: Final = (
    "bắt giữ ", "bắt ", "thu giữ ", "phát hiện ", "triệt phá ", "khởi tố ", "xử lý ",
    "xử phạt ", "kết nạp ", "tiêm ", "hỗ trợ ", "đào tạo ", "giải quyết ", "trồng ",
    "tạo việc làm ", "làm chết ", "làm bị thương ", "tổ chức ", "cấp ", "đón ", "phục vụ ",
)  # fmt: skip
_BASIS_ADJUNCTS: Final = ("dựa trên ", "dựa vào ", "căn cứ ", "căn cứ vào ", "trên cơ sở ")
_EMPTY_AFTER: Final = (
    "trong số này có", "trong số đó có", "trong số này", "trong đó", "nổi bật là", "cho thấy",
    "cho biết",
    # "hướng tới có 15 xã đạt chuẩn": a goal's verb names nothing; the words after the number do
    "phấn đấu", "đặt mục tiêu", "đặt chỉ tiêu", "đặt ra mục tiêu", "đặt ra chỉ tiêu",
    "đề ra mục tiêu", "đề ra chỉ tiêu", "hướng tới", "hướng đến",
)  # fmt: skip
_KEEP_CHUNK: Final = re.compile(r"^(?:nếu|không kể|trừ|loại trừ|không tính|tính cả|bao gồm)\b")
_TOPIC_CHUNK = re.compile(r"^(?:về|riêng|đối với|trong lĩnh vực|trên lĩnh vực|ở lĩnh vực)\s+(.+)$")
# Words that open a predicate after its subject ("Công an hai địa phương còn phối hợp").
_AUXILIARIES: Final = ("đã", "vừa", "đang", "sẽ", "còn", "cũng")
# "mới" after a verb is "new" ("tuyển mới", "trồng mới"), an adverb only before one.
_ADVERBS: Final = re.compile(
    r"\b(?:đã|sẽ|vẫn|đều|cũng|được|(?<![^\W\d_] )mới|chỉ(?! tiêu| số)|tiếp tục|đang)\s+"
)
# Heads that open a new subject on their own (sector words such as "thương mại" do not).
_STRONG_HEAD: Final = re.compile(
    r"(?:^|\s)(?:giá trị|sản lượng|diện tích|năng suất|tổng|doanh thu|kim ngạch|tỷ lệ|tỉ lệ|"
    r"tốc độ|thu nhập|tỷ trọng|tỉ trọng|thu ngân sách|chi ngân sách|vốn đầu tư|số lượng)\b"
)
# A measure in the unit's own kind that the subject names ("tổng công suất trên 250.000 tấn",
# "khối lượng xuất khẩu gần 580 nghìn tấn"): no "sản lượng" is put before it.
_OWN_MEASURE: Final = re.compile(r"\b(?:công suất|khối lượng|trữ lượng|tải trọng|sức chứa)\b")


def _own_measure(lower: str) -> bool:
    """True when `lower` names a measure of mass of its own (_OWN_MEASURE); a plain look-up
    of a word every match holds first."""
    return (
        "lượng" in lower or "công suất" in lower or "tải trọng" in lower or "sức chứa" in lower
    ) and (_OWN_MEASURE.search(lower) is not None)


_VERB_IN_CHUNK: Final = re.compile(r"\b(?:tăng|giảm|đạt|là|có|được|ước|còn|chiếm|bằng|so)\b|\d")
# A verb of trade right before an amount of money: what is measured is its value.
_TRADED: Final = re.compile(
    r"(?:^|(?<!giá trị)(?<!thu)(?<!thu xuất)\s)(?:xuất khẩu|nhập khẩu|xuất nhập khẩu)"
    r"(?:\s+(?:được|đạt))?$"
)
_COMMA: Final = re.compile(r",\s*")
_SHARE_TAIL: Final = re.compile(r"^\d+\s*%\s*(?=[^\W\d_])")
_PLURAL_WORDS: Final = ("các ", "những ", "Các ", "Những ")  # (plural_lists)
_RATE_NAMED_BEFORE: Final = re.compile(
    r"((?:tỷ|tỉ) lệ(?:\s+(?!(?:cao|thấp|lớn|nhỏ)\b)\S+)*)"
    r"\s*(?:(?:cao|thấp|lớn|nhỏ)(?: nhất)?)?\s*$",
    re.IGNORECASE,
)
_TOTAL_BEFORE: Final = re.compile(r"(?:^|\s)tổng\s+số\s*$")
_TOTAL_ONLY: Final = re.compile(r"^(?:trong\s+)?tổng\s+số$")
_RECORDED: Final = re.compile(r"^(?:ghi nhận|xảy ra)(?:\s+thêm)?(?:\s+|$)", re.IGNORECASE)
_LEAVING_OUT: Final = re.compile(
    r"^(?:nếu|khi)\s+((?:loại trừ|không tính|không kể|chưa tính|trừ|tính cả|kể cả)\s.+)$", re.I
)
# "trong khi đó" (meanwhile) as a whole: "đó" is no word of the next subject
# "(Do) mưa bão kéo dài nên diện tích ...": "so" opens the main clause ("trở nên": becomes)
_CONTRAST: Final = re.compile(r"\s(?:nhưng|trong khi(?: đó)?|thì)\s|(?<!trở)\snên\s", re.IGNORECASE)
_TRAILING_LAST: Final = frozenset(phrase.split()[-1] for phrase in TRAILING_WORDS)
_LEADING_FIRST: Final = frozenset(phrase.split()[0] for phrase in LEADING_WORDS) | {"chỉ"}

# _strip reads a phrase at the start of the words only where one opens with the word that
# stands there, and compares it word by word: no phrase is joined to be looked up (the end
# of the words is read so by closing_size).
_LEADING_BY_FIRST: Final = phrases_by_word(LEADING_WORDS, 0)
_NOT_LEADING_AFTER_CHI: Final = ("số", "tiêu", "thị", "đạo", "huy")
_PUNCTUATION: Final = " ,;:-()+•*–"


def _strip(text: str) -> str:
    """Drop predicate words from the end and connectors from the start, word by word."""
    parens = "(" in text or ")" in text
    if parens:
        text = text.replace("(", " ( ").replace(")", " ) ")
    words = text.split()
    if not words:
        return ""
    lower = text.lower().split()  # one call; lower-casing adds or removes no spaces
    if len(lower) != len(words):
        lower = [word.lower() for word in words]
    if (
        lower[-1] not in _TRAILING_LAST
        and lower[0] not in _LEADING_FIRST
        and lower[-1].strip(_PUNCTUATION)
        and lower[0].strip(_PUNCTUATION)
        and not (parens and ")" in lower)
    ):
        return " ".join(words).strip(" ,;:-")  # nothing to strip: the common case
    first, last = 0, len(words)
    changed = True
    while changed and first < last:
        changed = False
        while first < last and not lower[last - 1].strip(_PUNCTUATION):
            if lower[last - 1] == ")" and "(" in lower[first : last - 1]:
                break
            last -= 1
            changed = True
        end = lower[last - 1] if last > first else ""
        if (
            end == "thêm"
            and last - first >= 3
            and lower[last - 3] == "trị"
            and lower[last - 2] == "tăng"
        ) or (end == "tăng" and last - first >= 2 and lower[last - 2] == "gia"):
            break  # "giá trị tăng thêm", "giá trị gia tăng" (value added) are names
        closing = closing_size(lower, first, last) if end else 0
        if closing:
            last -= closing
            changed = True
        while first < last and not lower[first].strip(_PUNCTUATION):
            first += 1
            changed = True
        if first < last:
            for phrase_words, _ in _LEADING_BY_FIRST.get(lower[first], []):
                size = len(phrase_words)
                if last - first >= size and words_at(lower, first, phrase_words):
                    first += size
                    changed = True
                    break
            else:
                # "chỉ" (only) opens no phrase of its own but goes, unless a noun goes on
                if lower[first] == "chỉ" and not (
                    last - first > 1 and lower[first + 1] in _NOT_LEADING_AFTER_CHI
                ):
                    first += 1
                    changed = True
    if not parens:
        return " ".join(words[first:last]).strip(" ,;:-")
    # A parenthesis closed before it opens belongs to the previous item: "(FDI) với ...".
    for index in range(first, last):
        if lower[index] == "(":
            break
        if lower[index] == ")":
            return _strip(" ".join(words[index + 1 : last]))
    text = " ".join(words[first:last]).replace("( ", "(").replace(" )", ")")
    return text.strip(" ,;:-")


_MEASURE_HEAD: Final = re.compile(
    r"(?:^|\s)(?:"
    + "|".join(sorted((re.escape(h) for h in MEASURE_HEADS), key=len, reverse=True))
    + r")(?![^\W_])"
)


_NOT_A_HEAD_AFTER: Final = (" hút", " hoạch", " gom", " hồi", " thập", " nhận")  # "thu hút": a verb


def _has_measure_head(lower: str) -> bool:
    # startswith at an offset: no copy of the rest of the text for each head found
    return any(
        not lower.startswith(_NOT_A_HEAD_AFTER, m.end()) for m in _MEASURE_HEAD.finditer(lower)
    )


# "thu giữ 290 kg heroin": what was seized, not an output to call "sản lượng".
_SEIZED = re.compile(r"\b(?:thu giữ|tịch thu|tiêu hủy|tiêu huỷ|vận chuyển|tàng trữ|buôn bán)\b")
# One word of each of _SEIZED's acts, and of _ADVERBS' words ("đã", "đều", "được", "đang"
# open with "đ"): most names hold none, and a pattern that is searched is tried at every
# position.
_SEIZED_WORDS: Final = ("giữ", "tịch", "tiêu h", "vận chuyển", "tàng trữ", "buôn bán")
_ADVERB_WORDS: Final = ("đ", "sẽ", "vẫn", "cũng", "mới", "chỉ", "tiếp tục")


def _seized(lower: str) -> bool:
    """Whether the lower-cased words say something was seized ("thu giữ", "tiêu hủy")."""
    return any(word in lower for word in _SEIZED_WORDS) and bool(_SEIZED.search(lower))


def _may_hold_adverb(text: str) -> bool:
    """False only where _ADVERBS finds nothing in `text`."""
    return any(word in text for word in _ADVERB_WORDS)


def _may_be_recorded(text: str) -> bool:
    """False only where _RECORDED matches no start of `text` ("ghi nhận", "xảy ra")."""
    return text[:1] in "gGxX" and text[1:2] in "hHảẢ"


def subject_indicator(
    pre: str,
    *,
    unit: str,
    unit_kind: str,
    tail: str,
    periods: list[tuple[int, int]] | None = None,
) -> str:
    """The indicator read from `pre`, the text between an item's start and its number."""
    if unit_kind == "count" and "tổng số" in pre and _TOTAL_BEFORE.search(pre.lower()):
        # "..., trong tổng số 117 xã": the total number of what is counted.
        return f"tổng số {counted_noun(unit)} {tail}".strip()
    if unit_kind in ("count", "measure") and (yearly := yearly_act(pre)) is not None:
        # "bình quân hằng năm phát triển 2.000 đảng viên": the act, each year (yearly_acts)
        act = subject_indicator(yearly[0], unit=unit, unit_kind=unit_kind, tail=tail)
        return f"{act} {yearly[1]}" if act else ""
    if (mainly := mainly_part(pre)) is not None:  # "tập trung chủ yếu ở huyện X với 13 ha"
        whole = subject_indicator(
            mainly[0], unit=unit, unit_kind=unit_kind, tail=tail, periods=periods
        )
        return f"{whole} {mainly[1]}".strip()
    # "(giá so sánh 2010)" says how, not what; blanked so that offsets stay put.
    # "(không gồm thu chuyển nguồn)": what the measure leaves out or takes in, too.
    text = without_estimate_remark(blank_remarks(pre))  # "Tổng thiệt hại ước tính ban đầu"
    if "theo giá" in text:
        text = without_price_basis(text)  # "Theo giá so sánh, ...": how it is priced
    text = masked(text, periods or [])
    chunks = without_remarks(_COMMA.split(text) if "," in text else [text])  # "thủy sản, ..."
    if "%" in text:
        # "đạt 95,5% dự toán là 1.200 tỷ đồng": a decimal comma split the share before the
        # number; its tail ("5% ") is no word of the name, which opens after it.
        chunks = [_SHARE_TAIL.sub("", chunk, count=1) for chunk in chunks]
    topic = ""
    chunks = from_part_stretch(chunks)  # "…, thấp nhất kể từ năm 2011, chủ yếu do khai khoáng"
    while len(chunks) > 1:
        head = " ".join(chunks[0].split()).lower()
        marker = _DETAIL_MARKER.match(head)
        if marker:
            # "trong đó ngành chế biến, chế tạo tăng 9,1%": the marker goes, the rest is
            # the subject.
            chunks[0] = " ".join(chunks[0].split())[marker.end() :]
            break
        if not head or _ADVERBIAL_START.match(head) or _REPORTING_END.search(head):
            named = _TOPIC_CHUNK.match(head)
            if named:
                topic = " ".join(chunks[0].split()).split(" ", 1)[1]
            chunks.pop(0)
            continue
        break
    if len(chunks) > 1 and any(word in text for word in _PLURAL_WORDS):
        chunks = fold_plural_lists(chunks, _strip)  # "giao cho các ban, ngành, địa phương là"
    if unit_kind == "count" and len(chunks) > 1 and opens_own_clause(_strip(chunks[-1]), tail):
        chunks = chunks[-1:]  # "…, hơn 79.000 con lợn bị tiêu hủy" (opening_counts)
    # "Số vụ cháy giảm 12 vụ, thiệt hại tài sản ước ...": a stretch with a number of its
    # own (a difference, a multiple) closes an earlier clause.
    if unit_kind == "percent" and len(chunks) > 1 and not _strip(" ".join(chunks[-1].split())):
        # "... có tỷ lệ tiêm mũi 1 cao nhất, đạt 79,5%": the rate named just before.
        rated = _RATE_NAMED_BEFORE.search(chunks[-2])
        if rated:
            return " ".join(rated.group(1).split())
    numbered = [i for i, chunk in enumerate(chunks[:-1]) if ANY_DIGIT.search(chunk)]
    if numbered:
        chunks = chunks[numbered[-1] + 1 :]
    # When the last stretch has its own subject (an actor, or a measure), earlier
    # stretches are a separate clause ("Nhiệm kỳ qua, kinh tế tăng trưởng khá, tổng vốn ...").
    if len(chunks) > 1:
        # "..., với 26 mục tiêu", "..., trong quý I đã kết nạp 80 quần chúng": the last
        # stretch starts its own clause, so what came before it is not the subject.
        opening = " ".join(chunks[-1].split()).lower()
        if (
            opening in ("với", "gồm", "bao gồm", "có")
            # "Đàn vật nuôi tăng, với trâu 368 con, bò ...": "with" opens the things counted
            # (a rate or an amount after it, "với mức tăng 13,4%", is of the clause before)
            or (unit_kind == "count" and opening.startswith("với "))
            or opening.startswith(_CLAUSE_OPENERS)
            or own_predicate(opening, _strip)
            or (unit_kind != "percent" and act_alone(opening, chunks[-2]))
            or (unit_kind == "count" and f"{opening} ".startswith(_COUNT_VERBS))
            # "…, dựa trên khảo sát 180 thành phố": what a finding rests on is an adjunct
            # of its own; the things it counts are named there, not by the finding before.
            or (unit_kind == "count" and opening.startswith(_BASIS_ADJUNCTS))
        ):
            chunks = chunks[-1:]
    if len(chunks) == 1 and chunks[0].lstrip().lower().startswith("khi "):
        # "..., khi mức tăng trưởng lần lượt là": "when" is no word of its clause's subject
        opened = chunks[0].lstrip()[4:]
        chunks = [opened] if not _LEAVING_OUT.match(chunks[0].strip()) else chunks
    if len(chunks) > 1 and (whose := measure_of_clause(chunks)):
        return whose  # "Sản xuất công nghiệp tiếp tục phục hồi, đạt giá trị 9.200 tỷ đồng"
    chunks = listed_subject(chunks) or chunks  # "ngành nông, lâm nghiệp ... đạt giá trị"
    if len(chunks) > 1:
        last = _strip(" ".join(chunks[-1].split()))
        last_lower = last.lower()
        if (
            last
            and not any(_KEEP_CHUNK.match(c.strip().lower()) for c in chunks[:-1])
            and not listed_subject(chunks)
            and (agent_length(last.split()) or _STRONG_HEAD.search(last_lower))
        ):
            # "tổng mức bán lẻ hàng hóa, doanh thu dịch vụ": two measures named as one.
            paired = _STRONG_HEAD.match(" " + chunks[-2].strip().lower())
            own_verb = _VERB_IN_CHUNK.search(chunks[-2].lower())
            chunks = chunks[-2:] if paired and not own_verb else chunks[-1:]
    text = " ".join(", ".join(chunks).split())
    if " nhưng " in text or " trong khi " in text or " thì " in text or " nên " in text:
        # "giảm 6% về lượng nhưng kim ngạch hơn ...": "but" opens a clause of its own;
        # "năm 2016 mới 39 triệu đồng thì đến năm 2021 đã đạt": after "thì", a clause with
        # no subject of its own goes on with the one before.
        parts = _CONTRAST.split(text)
        after = _strip(parts[-1])
        text = after or ("" if ANY_DIGIT.search(parts[0]) else text)
        if after and (leaving := _LEAVING_OUT.match(parts[0].strip(" ,"))):
            text = f"{after} {leaving.group(1)}"  # "nếu loại trừ X thì thu nội địa": without X
    holds = held_thing(text, unit_kind, tail)  # (before _strip takes "có" off)
    text = _strip(text)
    governing = last_governing(lower_name(text))
    predicate = False  # "huyện cho biết đã chuyển đổi 205 ha": what was said has no subject
    if governing is not None:
        held = governing.group().lower() == TOTAL_HELD  # "… có tổng số thụ lý": "tổng số" stays
        rest = _strip(text[governing.start() + 3 if held else governing.end() :])
        predicate = text[governing.end() :].lstrip().startswith(("đã ", "vừa ", "đang "))
        if rest:
            text = rest
        elif governing.group().lower() in _EMPTY_AFTER:
            text = ""
        elif governing.group().lower().endswith("gồm"):  # "Mạng lưới ... gồm 152 trạm y tế"
            text = "" if unit_kind == "count" and tail else _strip(text[: governing.start()])
    # "giá xăng dầu đã đẩy chỉ số giá tiêu dùng tăng", "mưa lớn khiến 1.250 ha lúa ..."
    text = past_cause(text, _strip, unit_kind == "percent")
    # "ngành nông nghiệp đạt giá trị sản xuất 1.200 tỷ đồng": the measure, of the subject.
    text = reached_measure(text) or text
    if (caused := without_causative(text)) != text:
        text = _strip(caused)
    words = text.split()
    agent = agent_length(words)
    noun = measure_noun(unit)
    # (every trade _TRADED names is "… khẩu": a plain look-up first)
    if unit_kind == "money" and "khẩu" in (lowered := lower_name(text)) and _TRADED.search(lowered):
        noun = "kim ngạch"  # "tỉnh xuất khẩu hơn 9,4 tỷ USD": the value traded
    count = counted_noun(unit) if unit_kind == "count" else ""  # a share counts nothing
    if agent or not text or predicate:
        done = words[agent:]
        auxiliary = next((w for w in _AUXILIARIES if w in done[1:]), "")
        if auxiliary:
            # "Bệnh viện huyện và các phòng khám khu vực đã khám bệnh cho ...": the actor's
            # name goes on up to the auxiliary, which opens the predicate.
            done = done[len(done) - done[::-1].index(auxiliary) :]
        if agent and len(done) > 2 and done[0].lower() == "báo" and done[1].lower() == "cáo":
            done = done[2:]  # "Sở … báo cáo tốc độ tăng trưởng GRDP": what was reported
        acts = " ".join(done) + " "
        verb = (_ADVERBS.sub("", acts) if _may_hold_adverb(acts) else acts).strip()
        # An actor's two acts keep the last ("khám và điều trị"), as does a cut name ("Bộ Kế
        # hoạch và Đầu tư"); a rate's subject is one name ("sản xuất và phân phối điện").
        if " và " in verb:
            last_act = verb.rsplit(" và ", 1)[1]
            if unit_kind != "percent" or last_act[:1].isupper():
                verb = last_act
        verb = _strip(drop_proper_names(verb)) if verb else ""
        if verb.lower() in ("có", "còn", "với"):
            verb = ""
        verb = without_causative(verb)
        # "Thành phố ghi nhận thêm 117 ổ dịch": recording what happened names nothing.
        verb = _RECORDED.sub("", verb) if _may_be_recorded(verb) else verb
        verb = verb if tail or len(verb.split()) > 3 else with_topic(verb, topic, count)
        seized = _seized(verb.lower())
        has_noun = bool(noun) and f" {noun} " in f" {verb.lower()} "  # "năng suất lúa"
        if unit_kind == "money" and (funds := funds_named(words[:agent], verb, words)):
            verb = funds  # "Xã huy động hơn 37 tỷ đồng": capital raised
        parts = ["" if seized or has_noun else noun, verb, count, tail]
        return " ".join(part for part in parts if part).strip()
    # Most subjects hold no capital after their first word: one test over the rest first.
    if not " ".join(words[1:]).islower() and any(word[:1].isupper() for word in words[1:]):
        text = _strip(drop_proper_names(text))
    lower = lower_name(text)  # (as lowered for last_governing, while the text is the same)
    if count and lower.endswith(("số", "số\n")) and _TOTAL_ONLY.match(lower):
        # "trong tổng số 13 chỉ tiêu ...": the total number of what is counted.
        text = f"tổng số {count} {tail}".strip()
    elif count and tail and held_count(pre, lower) and _has_measure_head(lower):
        # "Nông nghiệp có 143 mô hình cánh đồng lớn": a sector that has the things counted
        # is no measure of them; they are named by their own words, in that sector.
        text = f"{count} {tail} {text}"
    elif noun and noun not in lower and not _seized(lower) and not _own_measure(lower):
        if holds:
            # "Vùng ... có 185 ha cao su": the area of the rubber ("... cho 17 cơ sở": the
            # words before a count after it are no part of the thing)
            text = f"{noun} {_strip(tail) or tail}"
        elif acted_on(lower, unit_kind, tail):
            text = f"{noun} {text} {tail}"
        else:
            text = f"{noun} {text}"
    elif count in ("con", "quả") and (herd := counted_stock(text, count)):
        text = herd  # "trâu 368 con, bò 1.276 con": the herds of buffalo and of cattle
    elif (
        count
        and not _has_measure_head(lower)
        and not lower.startswith(count.lower())
        and not counts_output(unit)  # "gạch nung đạt 320 triệu viên": pieces of the product
    ):
        text = f"{text if tail else with_topic(text, topic, count)} {count} {tail}".strip()
    elif unit_kind == "measure" and tail and len(words) <= 3 and _seized(lower):
        text = f"{text} {tail}"  # "thu giữ trên 400 kg ma túy các loại": what was seized
    elif unit_kind == "measure" and tail and not noun and len(words) <= 3 and words:
        # "cứng hóa thêm 25 km đường giao thông nông thôn": a length that names no measure
        # of its own is of what the act works on, as with an actor ("huyện đã cứng hóa").
        text = text if _has_measure_head(lower) else f"{text} {tail}"
    elif (
        unit_kind == "money"
        and tail
        and (len(words) <= 2 or (len(words) <= 3 and not _has_measure_head(lower)))
    ):
        text = f"{text} {tail}"  # "Đã giải ngân 1.500 tỷ đồng vốn đầu tư công": what was paid
    return text
