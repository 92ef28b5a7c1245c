"""The words at the edges of a subject that are not part of its name: those that end it
and open its predicate ("... ước đạt", "... giữ ở mức", "... vào cuối năm"), and the
connectors that open a stretch ("Trong khi đó", "Ngoài ra").

>>> "ước đạt" in TRAILING_WORDS, "ngoài ra" in LEADING_WORDS
(True, True)
"""

from __future__ import annotations

from typing import Final

# Words that end a subject and begin its predicate ("... ước đạt", "... giữ ở mức").
TRAILING_WORDS: Final = frozenset(
    (
        "ước đạt", "ước tính", "ước thực hiện", "dự ước", "dự kiến", "ước", "đạt được",
        "đạt mức", "đạt", "là", "được", "có", "với", "lên", "còn", "xuống", "chiếm", "mới",
        "chỉ", "đã", "vẫn", "cũng", "đều", "bằng", "tới", "khoảng", "gần", "hơn", "trên",
        "dưới", "từ", "ở mức", "mức", "ở", "cho", "thêm", "tuy", "thì", "thực hiện", "tính",
        "chừng", "xấp xỉ", "ít nhất", "tối thiểu", "tối đa", "không quá", "không dưới",
        "vượt mức", "tổng cộng", "tăng lên", "giảm còn", "giảm xuống", "tăng", "giảm",
        "nhưng", "song", "mà", "và", "sẽ", "phải", "đạt khoảng", "trong", "cộng dồn",
        "lũy kế", "luỹ kế", "giữ ở mức", "giữ mức", "duy trì ở mức", "duy trì mức",
        "duy trì", "phấn đấu", "hướng tới", "hướng đến", "theo ước tính",
        "có thể", "có khả năng", "nhiều khả năng",  # "thu ngân sách có thể đạt": a forecast
        "lần lượt",  # "mức tăng trưởng lần lượt là 5,9%, 4,75%": respectively, of the predicate
        # "quý I tăng nhẹ 2,1%", "sang quý II giảm sâu hơn (-13,01%)": a move and its manner
        "tăng nhẹ", "giảm nhẹ", "tăng mạnh", "giảm mạnh", "giảm sâu", "giảm sâu hơn", "tăng khá",
        # a time with no number after the subject ("Tổng chi cùng thời điểm ước đạt", "xã đạt
        # chuẩn vào cuối năm"): when, not what
        "cùng thời điểm", "vào cuối năm", "đến cuối năm", "vào đầu năm", "cuối năm",
        "năm nay", "quý này", "tháng này", "kỳ này",
    )
)  # fmt: skip
# Connectors that open a stretch without being part of its subject.
LEADING_WORDS: Final = frozenset(
    (
        "và", "còn", "riêng", "trong khi", "trong khi đó", "nhưng", "song", "đồng thời", "với",
        "cùng với",
        "trong đó", "cụ thể", "theo đó", "hiện nay", "hiện", "mới", "tuy", "đã", "sẽ", "thì",
        "vừa",  # "tỉnh vừa có thêm 5 xã đạt đủ …": just now, as "mới" and "đã" say when
        "nổi bật là", "đáng chú ý là", "ngoài ra", "bên cạnh đó", "đạt", "ước", "ước tính",
        "dự kiến", "dự ước", "gồm", "bao gồm", "hướng tới", "hướng đến", "phấn đấu",
        "chủ yếu là", "trong số đó", "nhằm", "để", "nhờ", "chủ yếu nhờ", "chủ yếu do",
        # "Trong số 64 dự án …" opens a clause among the things counted (quant_before)
        "trong số này", "trong số",
        "đặc biệt", "đặc biệt là", "năm nay", "tháng này", "quý này", "hằng năm", "hàng năm",
        "mỗi năm", "như vậy", "từ đầu năm", "qua đó", "tương ứng", "nay",
        # the next item of a ranking: "..., tiếp đến Krông Bông 10,87%, kế đến EU ..."
        "tiếp đến", "kế đến", "tiếp theo", "tiếp theo là", "kế tiếp là", "sau đó là",
        "còn lại",  # "còn lại 25.280 người là sơ cấp": "the rest", both words at once
        # a link to the sentence before, two words at once ("Tuy vậy", "Nhờ đó"): "vậy" and
        # "đó" are no words of the subject that follows
        "tuy vậy", "tuy thế", "dù vậy", "dẫu vậy", "mặc dù vậy", "vì vậy", "vì thế", "do vậy",
        "do đó", "bởi vậy", "nhờ vậy", "nhờ đó", "ngược lại", "trái lại", "thế nhưng",
        "ở chiều ngược lại", "chiều ngược lại",  # "Ở chiều ngược lại, nhóm giao thông giảm"
    )
)  # fmt: skip
