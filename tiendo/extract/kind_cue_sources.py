"""The words that mark a figure as an estimate, a target or an actual result, as pattern
sources: `kinds.Cues` compiles them cut by first letter.

>>> import re
>>> bool(re.search(ESTIMATE_SOURCE, "tổng thu ngân sách ước đạt"))
True
"""

from __future__ import annotations

from typing import Final

from tiendo.extract.goal_subjects import GOAL_SUBJECT
from tiendo.extract.met_plans import PLAN_HEADING

ESTIMATE_SOURCE: Final = (
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
TARGET_SOURCE: Final = (
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
    r"|(?:đề ra |đặt ra |giao )?là"
    # A label naming whose targets follow ("Chỉ tiêu của đợt cao điểm: điều tra, khám phá
    # ... đạt trên 85%; ..."): the list after the colon is of levels aimed at.
    r"|của [^\d.;:]{1,60}:)"
    # "chỉ tiêu Nghị quyết là 60 triệu đồng", "mục tiêu của kế hoạch năm là ...".
    r"|\b(?:chỉ tiêu|mục tiêu)(?: (?!vượt|đạt|bằng|so|là)[^\s,;:.]+){1,9} là\b"
    r"|\bnhóm chỉ tiêu\b|\bsẽ\b|"
    + GOAL_SUBJECT
    + r"|\bđề ra\b|\bđặt ra\b|(?<!hơn )(?<!so với )\bđịnh hướng\b"
    # Keeping to a bound is an aim ("giữ ở mức dưới 1,2%"), as with "duy trì" below; a
    # level kept ("độ che phủ rừng giữ ở mức 52%") or described in words ("giữ ở mức
    # thấp") is where things stood.
    r"|\bgiữ (?:ở )?mức (?=dưới|trên|không|tối|từ)"
    # What must be reached or done ("phải đạt", "phải có", "phải giải ngân"), not what one
    # had to undergo ("phải di dời 120 hộ", "phải nhập viện"), nor an amount due ("nợ đóng
    # chiếm 2,3% số phải thu", "khoản phải trả"): a noun, what is owed.
    r"|(?<!số )(?<!khoản )(?<!tiền )\bphải (?=đạt|có|hoàn thành|bảo đảm|đảm bảo|nâng|giải ngân"
    r"|thu\b|tăng|giảm|duy trì|trồng|xây dựng|kết nạp|đào tạo|tạo)"
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
    # "HĐND thành phố giao tổng thu ngân sách 405.828 tỉ đồng", "số giao thu NSNN": the
    # collection or spending assigned, a budget's level (not "bàn giao", handed over).
    r"|(?<!bàn )\bgiao (?:tổng )?(?:thu|chi)(?= (?:ngân sách|nsnn|nội địa|thường xuyên|đầu tư))"
    # "UBND tỉnh vừa giao cho các địa phương hơn 72 tỷ đồng vốn sự nghiệp": money a body
    # hands out to be spent is the plan of those who receive it, not a result (a count
    # handed out, "giao cho 96 xã", is not asked: only money follows the recipients here;
    # "thu ngân sách quận giao cho các ngành đạt 845 tỷ đồng" is what they collected).
    r"|(?<!bàn )\bgiao cho(?= (?:(?!đạt |ước |là )[^\d;.:()]){1,60}?"
    r" (?:hơn |trên |gần |khoảng )?\d[\d.,]* (?:nghìn tỷ|tỷ|tỉ|triệu) đồng)"
    r"|\bcần (?:giải ngân|huy động|hoàn thành|thực hiện|bố trí|bổ sung|thu)\b"
    # "Theo kế hoạch, năm 2024 thành phố trồng mới 1.000 ha rừng": what the plan sets;
    # "Theo dự toán năm 2023, thu ngân sách là ...": what the budget sets. The plan may be
    # named and said adopted up to the comma ("Theo kế hoạch khoa học và công nghệ năm 2022
    # được UBND tỉnh phê duyệt, năm nay tỉnh thực hiện 20 đề tài").
    r"|(?<!hiện )(?<!khai )\btheo (?:kế hoạch|mục tiêu|chỉ tiêu|dự toán)"
    r"(?: [^\W\d_]+){0,6}?(?: năm \d{4})?"
    r"(?: (?:đã )?được (?:[^\W\d_]+ ){0,4}?(?:phê duyệt|giao|ban hành|thông qua))?\s*,"
    # "Theo phương án nhân sự, Ban Chấp hành nhiệm kỳ mới gồm 54 người", "Theo đề án, mỗi
    # xã bố trí 3 cán bộ", "Theo dự thảo, ...": a scheme or a draft opening its sentence
    # lays down what is to be, as a plan does; the cue holds its name up to the comma. A
    # draft report ("Theo dự thảo báo cáo, năm 2018 giá trị sản xuất ước đạt ...") tells
    # what was done, as the report will: it lays down nothing.
    r"|(?<!hiện )(?<!khai )(?<!đúng )\btheo (?:phương án|đề án|lộ trình|dự thảo(?! báo cáo))"
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
    # 2024", "Tình hình triển khai kế hoạch năm 2024"), which reports results, nor the
    # tasks a meeting reviews ("họp hội nghị tổng kết nhiệm vụ năm 2022", "kiểm điểm
    # nhiệm vụ năm 2019"): the year whose results the passage goes on to give.
    r"|(?<!vượt )(?<!đạt )(?<!với )(?<!bằng )(?<!hiện )(?<!khai )(?<!quả )(?<!kết )"
    r"(?<!kiểm điểm )(?<!đánh giá )"
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
    # ("đạt dự toán là A (109,9%), B (107,7%)": the estimate met heads a list of results)
    r"|\bcần (?:đạt|phải)\b|(?<!đạt )(?<!vượt )\bdự toán (?:năm \d{4} )?(?:là|giao)\b"
    # "chi đầu tư phát triển dự toán 401.000 tỉ đồng, quyết toán 393.000 tỉ đồng": the
    # estimate's column, written right before its amount.
    r"|(?<!% )(?<!với )(?<!so )\bdự toán(?= (?:(?:trên|hơn|khoảng|gần|dưới) )?\d)"
    # "Các chỉ tiêu đều vượt kế hoạch: ...": a plan passed or reached opens results.
    # "Kế hoạch năm 2025, tỉnh thu hút 3 triệu lượt khách": the plan opening its sentence.
    r"|(?<!\S)(?<!\S )kế hoạch(?: năm \d{4})?\s*,"
    r"|(?<!đạt )(?<!vượt )\bkế hoạch (?:năm \d{4} )?là\b"
    # "Kế hoạch năm 2025: ...", not a plan results kept to or are set beside (met_plans).
    r"|" + PLAN_HEADING + r"|(?<!vượt )(?<!đạt )(?<!bằng )(?<!với )(?<!thành )(?<!% )"
    r"\b(?:chỉ tiêu|kế hoạch)(?: (?!vượt|đạt|bằng|so)\S+){0,3} giao\b|\bđược giao\b"
    # (not the time "tính đến năm 2023" or a running total "lũy kế đến năm 2021" counts up to)
    r"|(?<!tính )(?<!lũy kế )(?<!luỹ kế )\bđến năm \d{4}|\bxác định\b|\bchủ trương\b(?! đầu tư)"
    # A policy approved or adjusted for projects ("chấp thuận chủ trương 16 dự án", "được
    # chấp thuận, điều chỉnh chủ trương") is a decision made.
    r"(?<!chấp thuận chủ trương)(?<!phê duyệt chủ trương)(?<!điều chỉnh chủ trương)|\bnhằm\b"
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
ACTUAL_SOURCE: Final = (
    r"\bđã\b|\bkết quả\b|\bthực hiện (?:được\b|(?:các |những )?chỉ tiêu)|\bghi nhận\b"
    r"|\bđạt được\b|\bcó được\b"
    r"|(?<!phải )(?<!sẽ )\bhoàn thành\b|\btrong năm qua\b"
    # The settlement's column ("…, quyết toán 393.000 tỉ đồng"): what was spent, closed.
    r"|(?<!% )(?<!với )(?<!so )\bquyết toán(?= (?:(?:trên|hơn|khoảng|gần) )?\d)"
    # ... and the result's beside the estimate's ("dự toán 5.000 tỷ đồng, thực hiện 5.600
    # tỷ đồng"; Cues keeps it only there, budget_columns)
    r"|(?<=, )thực hiện(?= \d)"
)
