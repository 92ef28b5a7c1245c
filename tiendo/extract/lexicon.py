"""Word lists of Vietnamese administrative prose: units, cues and connectors.

All entries are lower-case NFC with new-style tone placement (the form the
extractor matches on). Keep them general: words that any report may use, never
phrases copied from one document.
"""

from __future__ import annotations

from typing import Final


def at_word_start(alternation: str) -> str:
    r"""A regex for `\b(?:a|b)` written as `(?:a(?<=\ba)|b(?<=\bb))`: the same matches,
    but a pattern that opens with plain words lets the engine skip to the positions where
    one of their first letters stands, instead of trying the whole pattern at each one.

    The words are grouped under their first letter, in their order within a letter
    ("đ(?:ạt…|ã…)"), so that a candidate letter tries only its own words; words that
    start with different letters never match at the same place, so the matches stay
    those of the plain alternation.

    >>> at_word_start("đạt|là|đã")
    '(?:đ(?:ạt(?<=\\bđạt)|ã(?<=\\bđã))|l(?:à(?<=\\blà)))'
    """
    alternatives = alternation.split("|")
    if any(char in "()[]{}?*+^$\\." for word in alternatives for char in word):
        raise ValueError(f"plain words only: {alternation}")
    if not all(word and word[0] == word[0].lower() for word in alternatives):
        # An empty word, or one opening with a capital (a case-blind pattern could
        # match it where another letter's word matches): the words in their order.
        return "(?:" + "|".join(rf"{word}(?<=\b{word})" for word in alternatives) + ")"
    groups: dict[str, list[str]] = {}
    for word in alternatives:
        groups.setdefault(word[0], []).append(rf"{word[1:]}(?<=\b{word})")
    return (
        "(?:" + "|".join(f"{letter}(?:{'|'.join(rest)})" for letter, rest in groups.items()) + ")"
    )


def words(text: str) -> list[str]:
    """The whitespace-separated words of a word list written as prose."""
    return text.split()


# The scale words an amount's number is read with, and their values: "2 nghìn tỷ đồng".
SCALES: Final = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
# Scale words that multiply the number: "2 nghìn tỷ đồng", "61,8 vạn tấn".
MULTIPLIERS: Final = (*SCALES, "vạn", "trăm")

# The number words from one to ten, in order: counts written out ("sáu nhóm hàng", "sau
# mười năm", "chín tháng đầu năm").
NUMBER_WORDS: Final = ("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười")
# Their values, with the two above ten that a count of months takes ("mười một tháng").
NUMBER_VALUES: Final = {word: value for value, word in enumerate(NUMBER_WORDS, 1)} | {
    "mười một": 11,
    "mười hai": 12,
}

# Every capital a Vietnamese name may open with, as the inside of a regex class: the
# toned ones on "Â Ă Ê Ô Ơ Ư" too ("Ứng Hòe", "Ẳng Cang").
VIETNAMESE_UPPER: Final = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴẤẦẨẪẬẮẰẲẴẶẾỀỂỄỆỐỒỔỖỘỚỜỞỠỢỨỪỬỮỰ"


def number_words(first: int, last: int) -> str:
    """The number words from `first` to `last` as a regex alternation, in their order.

    >>> number_words(2, 4)
    'hai|ba|bốn'
    """
    return "|".join(NUMBER_WORDS[first - 1 : last])


CURRENCIES: Final = (
    "đồng",
    "usd",
    "đô la mỹ",
    "đô-la mỹ",
    "đô la",
    "euro",
    "eur",
    "yên",
    "nhân dân tệ",
)

# Units of measure, longest first where one is a prefix of another.
MEASURES: Final = (
    "héc-ta", "héc ta", "hécta", "hecta", "ha",
    "km2", "km²", "km", "m2", "m²", "m3", "m³", "cm", "mm", "m",
    "tấn", "tạ", "yến", "kg", "gam", "lít", "ml",
    "kwh", "mwh", "gwh", "kw", "mw", "gw",
    # Solar capacity at peak ("tổng công suất điện mặt trời mái nhà đạt 216 MWp") and a
    # transformer's ("3 trạm biến áp với tổng dung lượng 750 MVA"): "mw" alone cannot end
    # inside the word, and the figure had been lost.
    "kwp", "mwp", "gwp", "kva", "mva",
    # Containers through a port: "ước đạt 2,3 triệu TEU", "757 nghìn TEUs" (twenty-foot
    # units); read as any other measure, the letters had been a name after "triệu".
    "teus", "teu",
)  # fmt: skip

PERCENT: Final = ("%", "phần trăm")

# Counted nouns, multi-word entries first: the unit of a count is the noun it
# counts ("80 quần chúng ưu tú" -> "quần chúng").
COUNTED_NOUNS: Final = (
    "lượt hành khách", "lượt khách", "lượt người", "lượt lao động", "lượt du khách", "lượt xe",
    "lượt hộ", "lượt", "hành khách", "lượt hk", "hk",  # "hk": hành khách, "145 triệu HK.km"
    "quần chúng", "đảng viên", "đồng chí", "chi bộ", "đảng bộ", "tổ chức cơ sở đảng",
    "tổ chức đảng", "cán bộ", "công chức", "viên chức", "hội viên", "đoàn viên",
    "nhóm chỉ tiêu", "chỉ tiêu", "mục tiêu", "nhiệm vụ", "tiêu chí", "nghị quyết",
    "hợp tác xã", "tổ hợp tác", "doanh nghiệp", "cơ sở", "hộ gia đình", "hộ nghèo",
    "hộ cận nghèo", "hộ", "người", "lao động", "học sinh", "sinh viên", "giáo viên",
    "trẻ", "trẻ em", "bệnh nhân", "ca", "giường", "bác sĩ", "trạm y tế",
    "xã", "phường", "thị trấn", "thôn", "bản", "tổ dân phố", "khu dân cư", "làng",
    "huyện", "tỉnh",
    "dự án", "công trình", "hạng mục", "sản phẩm", "mô hình", "làng nghề", "chợ",
    "trường", "trường học", "phòng học", "lớp", "nhà", "căn nhà", "ngôi nhà", "căn hộ",
    "vụ", "vụ án", "vụ việc", "trường hợp", "đối tượng", "bị can", "bị cáo", "người chết",
    "cuộc", "hội nghị", "lớp học", "buổi", "đợt", "đoàn", "tin", "bài", "văn bản",
    "đơn", "đơn thư", "hồ sơ", "thủ tục", "giấy chứng nhận", "chứng chỉ", "phương tiện", "xe",
    "con", "cây", "tàu", "chiếc", "máy", "điểm", "câu lạc bộ", "di tích", "lễ hội",
    "gia đình", "khu", "cụm", "tuyến", "cầu", "nhóm", "loại", "mặt hàng", "giống",
    "cơ sở giáo dục", "tổ", "đội", "chi hội", "điểm du lịch", "homestay", "phòng",
    "suất", "phần quà", "suất quà", "nhân khẩu", "khách", "du khách", "khách hàng",
    "thanh niên", "học viên", "hộ dân", "công nhân", "nhân viên", "cử tri", "đại biểu",
    "người dân", "chiến sĩ", "tân binh", "ý kiến", "kiến nghị", "đề án", "chương trình",
    "sáng kiến", "đơn vị", "tổ chức", "cá nhân", "tập thể", "tuyến đường", "giấy phép",
    "thủ tục", "thủ tục hành chính", "mẫu", "lô hàng", "liều", "trạm",
    "hộ kinh doanh", "hộ sản xuất", "cơ sở sản xuất", "ngôi trường", "cán bộ, công chức",
    # Nouns of two syllables whose first one alone would be cut off as the unit.
    "hợp đồng", "thí sinh", "địa phương", "trung tâm", "trang trại", "gia trại", "tài xế",
    "nghi can", "ổ dịch", "nguồn thu", "giường bệnh", "thị xã", "ô tô", "mô tô", "xe ô tô",
    "xe mô tô",
    # A noun whose first syllable is a word NOT_COUNTED keeps ("hoàn thành"): "07 huyện,
    # 01 thành phố" counts a city, and was dropped as no noun at all.
    "thành phố",
    # What inspectors, procurators and courts issue and receive: "ban hành 6 quyết định xử
    # phạt", "10 kết luận thanh tra", "thụ lý 430 tin báo, tố giác" ("tin", "tố" alone cut)
    "quyết định", "kết luận", "tin báo", "tố giác",
    "cánh đồng lớn", "cánh đồng",  # "cánh" alone is no unit; "đồng" would read as money
    # The capitals a report counts organisations by: "hình thành thêm 12 mô hình, 3 HTX, 9
    # DN" (hợp tác xã, doanh nghiệp, tổ hợp tác, câu lạc bộ, cơ sở sản xuất, khu / cụm công
    # nghiệp); matched on the lower-cased text, as "hk" is.
    "htx", "dn", "dnnvv", "tht", "clb", "cssx", "kcn", "ccn",
    # Sport: the medals a team wins and the people it sends, read whatever their case
    # ("giành 2 Huy chương Vàng", "đoạt 317 HCV, 120 HCB, 98 HCĐ", "cử 25 vận động viên"):
    # an unknown noun is read only in small letters and only by its first syllable.
    "huy chương vàng", "huy chương bạc", "huy chương đồng", "huy chương", "hcv", "hcb", "hcđ",
    "vận động viên", "huấn luyện viên",
    "bậc học",  # "bậc" alone is a step on a ranking (NOT_A_UNIT)
    # A noun whose first syllable counts alone ("khách") but is another word with the next:
    # "2 khách sạn 5 sao" counts hotels, not guests with "sạn 5 sao" left as their name.
    "khách sạn",
    # Bound Sino-Vietnamese syllables, no noun alone: listed, each opens a noun of two
    # syllables ("lập 2 tiểu ban", "giảm 1.077 biên chế", "3 tiểu đoàn", "lập 12 biên bản").
    "tiểu ban", "biên chế", "biên bản",
)  # fmt: skip

# Words that follow a number but make it a time span, an age, an ordinal or a
# multiple: never a figure.
# The same nouns looked up whole: a stretch that is only counted nouns listed with commas
# ("xã, phường, thị trấn", "tổ chức cơ sở đảng, đảng viên") names what is counted.
COUNTED_NOUN_SET: Final = frozenset(COUNTED_NOUNS)

NOT_A_UNIT: Final = (
    "năm", "tháng", "quý", "ngày", "tuần", "giờ", "phút", "giây", "tuổi", "lần",
    "kỳ", "khóa", "khoá", "thế kỷ", "nhiệm kỳ", "sao",
    # A gap between two rates ("vượt 0,6 điểm phần trăm") is a difference, not a level.
    "điểm phần trăm", "điểm %",
    # "Phấn đấu đến 2025 tỷ lệ che phủ rừng đạt 57%": a rate's name, not the scale "tỷ".
    "tỷ lệ", "tỉ lệ", "tỷ trọng", "tỉ trọng",
    # A power line's or a substation's voltage names its class ("đường dây 110 kV dài 25 km",
    # "3 trạm biến áp 220 kV"): what it is, not how much of it there is.
    "kv",
    # A move on a ranking ("tăng 2 bậc", "tụt 21 bậc"): steps between two places, no level.
    "bậc",
    # A school's timetable ("99,5% trẻ được học 2 buổi/ngày", "dạy học 2 buổi/ngày"): how the
    # pupils counted are taught, a word of their name, no amount of sessions held.
    "buổi/ngày", "buổi/tuần",
)  # fmt: skip

# Words before a number that make it a name, a date part, an ordinal or a
# document number ("Nghị quyết số 26", "thứ 7", "khóa XI", "thôn 5").
NAME_BEFORE: Final = (
    "ngày", "tháng", "năm", "quý", "số", "thứ", "lần thứ", "khóa", "khoá", "kỳ", "đợt",
    "điều", "khoản", "chương", "mục", "phụ lục", "biểu", "phường", "tổ", "thôn", "bản",
    "khu", "ấp", "xóm", "lô", "quốc lộ", "tỉnh lộ", "đường", "nghị định", "quyết định",
    "nghị quyết", "chỉ thị", "kết luận", "thông tư", "công văn", "quy định",
    "hướng dẫn", "thông báo", "tờ trình", "báo cáo", "chương trình", "covid",
    "trung ương", "top", "hội nghị", "đại hội", "kỳ họp", "phiên", "giai đoạn",
    "nhiệm kỳ", "lúc", "km", "tiểu khu", "hạng", "loại", "nhóm", "vòng", "bão",
    "áp thấp", "lô đất", "thửa", "tờ bản đồ", "phiên bản", "mũi",
    "giờ",  # the minutes of a clock time ("23 giờ 15 đêm 23/6")
    # "đường dây 500 kV mạch 3": which circuit.
    "mạch",
    # A place on a ranking: "vươn lên vị trí 41/63 tỉnh, thành phố" is the 41st of 63.
    "vị trí",
    # A school grade: "đỗ vào lớp 10 công lập", "học sinh lớp 12 dự thi".
    "lớp",
    # An urban district named by its number: "Quận 3 thành phố Hồ Chí Minh", "quận 1".
    "quận",
)  # fmt: skip

# Lower-case words that cannot be the noun a number counts.
NOT_COUNTED: Final = frozenset(
    words("""
    của và với là được đã đang sẽ trong trên dưới cho đến tới từ theo so tăng giảm đạt
    bằng chiếm còn lên xuống vào ra về tại ở mà thì nhưng song nên do vì khi nếu hay hoặc
    này đó kia các những mỗi từng mọi cả toàn gồm có không chưa đều cũng vẫn rất hơn
    gần khoảng xấp xỉ trở như tương ứng đương thực hiện hoàn thành vượt đầu cuối giữa
    sau trước nay hiện bình quân đạt được tiếp tục năm tháng quý ngày đồng
    """)
)

# Bounds: the words right before a number, or "trở lên" after it.
BOUND_BEFORE: Final = (
    ("không dưới", "at_least"), ("không thấp hơn", "at_least"), ("ít nhất", "at_least"),
    ("tối thiểu", "at_least"), ("trên dưới", "about"), ("xấp xỉ", "about"),
    ("khoảng", "about"), ("gần", "about"), ("chừng", "about"), ("độ", "about"),
    ("không quá", "at_most"), ("không vượt quá", "at_most"), ("không vượt", "at_most"),
    ("tối đa", "at_most"), ("không cao hơn", "at_most"), ("dưới", "at_most"),
    ("trên", "at_least"), ("hơn", "at_least"),
)  # fmt: skip
BOUND_AFTER: Final = (("trở lên", "at_least"), ("trở xuống", "at_most"), ("trở lại", "at_most"))

# How a plan is named opening a parenthesis after a result ("(KH tăng 10%)", "(NQ: 42%)").
PLAN_NAMES_IN_PARENS: Final = ("kh", "kế hoạch", "chỉ tiêu", "mục tiêu", "nq", "nghị quyết")


def plan_opening(blank: str, more_names: tuple[str, ...] = (), tail: str = "") -> str:
    r"""Pattern text for a plan's name opening a parenthesis, perhaps with its year, then
    `tail`, up to the end of the searched text: the readers of a plan in parentheses share
    this much and differ in the blanks they allow and in what may follow the year.

    >>> import re
    >>> re.search(plan_opening(r"\s", tail=":?"), "tăng 9% (kh năm 2024:") is not None
    True
    """
    names = "|".join((*PLAN_NAMES_IN_PARENS, *more_names))
    return rf"\({blank}*(?:{names})(?:{blank}+(?:năm{blank}+)?\d{{4}})?{tail}{blank}*$"


# Words that name a comparison basis after a percentage ("đạt 23,08% KH").
BASIS_START: Final = (
    "kế hoạch", "kh", "khkt", "dự toán", "chỉ tiêu", "nghị quyết", "nq", "mục tiêu",
    "cùng kỳ", "ckn", "năm trước", "năm ngoái", "năm qua", "tháng trước", "quý trước",
    "kỳ trước", "vụ trước", "ước thực hiện", "thực hiện năm", "tổng",
)  # fmt: skip

# Connectors and adverbs that carry no subject: a comma chunk made only of them
# does not start a new item.
CONNECTORS: Final = frozenset(
    words("""
    và nhưng song tuy mới chỉ còn thì cũng vẫn đã đều riêng trong khi đồng thời
    tuy nhiên mặc dù dù song song cùng với với lại còn hơn nữa tức là
    """)
)

AGENT_HEADS: Final = (
    "toàn huyện", "toàn tỉnh", "toàn thành phố", "toàn xã", "toàn ngành", "toàn đảng bộ",
    "cả nước", "cả tỉnh", "cả huyện", "huyện", "tỉnh", "thành phố", "thị xã", "xã",
    "phường", "quận", "thị trấn", "đảng bộ", "huyện ủy", "tỉnh ủy", "thành ủy",
    "ban thường vụ", "ban chấp hành", "bch", "btv", "ubnd", "hđnd", "ủy ban",
    "công an", "cảnh sát", "lực lượng", "cơ quan", "sở", "chi cục", "cục", "ngành", "kho bạc",
    "ngư dân", "nông dân", "người dân", "nhân dân", "bà con", "doanh nghiệp",
    "địa phương", "đơn vị", "các đơn vị", "các xã", "các địa phương", "chúng ta",
    "bộ đội", "bộ chỉ huy", "ban chỉ huy", "quân đội", "trung tâm", "bệnh viện",
    "ngân hàng", "hội", "đoàn", "mặt trận", "tỉnh đoàn", "huyện đoàn",
    "lực lượng chức năng", "cơ quan chức năng", "các cơ quan chức năng", "kỳ họp", "hội nghị",
    "đại hội", "nghị quyết", "chính quyền", "các cấp", "người nuôi trồng",
)  # fmt: skip

# Heads of noun phrases that already name a measure ("giá trị sản xuất").
MEASURE_HEADS: Final = (
    "giá trị", "sản lượng", "diện tích", "năng suất", "tổng", "thu", "chi", "doanh thu",
    "kim ngạch", "vốn", "tỷ lệ", "tỉ lệ", "tốc độ", "số", "lượng", "mức", "thu nhập",
    "grdp", "gdp", "cơ cấu", "tỷ trọng", "tỉ trọng", "khách", "lượt", "ngân sách",
    "nguồn thu", "phần thu", "quy mô", "công suất", "chỉ số", "giải ngân", "dư nợ",
    "khối lượng", "trị giá", "tiền", "kinh phí", "nhóm", "khu vực", "ngành", "du khách",
    "dân số", "lao động", "xuất khẩu", "nhập khẩu", "đàn", "mật độ", "độ che phủ",
    "bình quân", "công nghiệp", "nông", "thương mại", "dịch vụ", "sản xuất", "huy động",
)  # fmt: skip

# Words that open a breakdown of the figure before ("..., trong đó tôm 22.150 tấn"), as a
# regular-expression alternation.
BREAKDOWN_MARKERS: Final = "trong đó|bao gồm|gồm|chia ra|cụ thể"


def is_letter(char: str) -> bool:
    """What "[^\\W\\d_]" matches: a word character that is no decimal digit nor "_"."""
    return char.isalnum() and not char.isdecimal()
