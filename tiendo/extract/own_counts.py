"""Rises of counts named again: "xảy ra 24 vụ, làm chết 14 người; so với cùng kỳ, số vụ
giảm 20%, số người chết giảm 26,32%". Each rise is of the count it names ("số vụ", "số
người chết"), stated earlier in the sentence or in the one before, not of the figure
written last before it.
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.points import difference_noun

# "số vụ giảm", "số người bị thương giảm gần": the rise's own subject, a count named by
# "số" and its noun, right before the verb.
_OWN_COUNT: Final = re.compile(
    r"(?:^|[\s,;:(])số\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s+(?:cùng\s+)?(?:tăng|giảm)"
    r"(?:\s+(?:gần|trên|hơn|khoảng|dưới))?\s*$"
)
_BARE_CAPITAL: Final = re.compile(
    r"(?:^|[\s,;:(])(?:số\s+)?vốn\s+(?:tăng|giảm)(?:\s+(?:gần|trên|hơn|khoảng))?\s*$"
)
_NUMBER_OF: Final = re.compile(r"^(?:kết quả này\s+)?(?:về\s+)?số\s+(\S+)")  # "số vụ giảm 6,19%"


def names_own_count(low: str, start: int, number_start: int) -> bool:
    """True when the words before a rate (from `start`) name the count it is of."""
    if low.find("số", start, number_start) < 0:
        return False
    return _OWN_COUNT.search(low, max(start, number_start - 60), number_start) is not None


def counts_parts(low: str, start: int, end: int, kind: str) -> bool:
    """True for a count written as a share of a whole ("5/16 sản phẩm chủ yếu tăng",
    "11/11 nhóm hàng tăng giá"): it counts the parts that moved, and is no level of the
    rise stated before it ("tăng 5,51% so với năm 2022, với 5/16 sản phẩm ...")."""
    return kind == "count" and low.find("/", start, end) >= 0


def resolve_count_references(drafts: list[Draft], previous: list[Draft], low: str) -> None:
    """Attach each rise of a count named again ('số vụ giảm 6,19%') to the figure of that
    count ('vụ') stated before it, in this sentence or the one before; `drafts` loses it."""
    if not drafts:
        return
    earlier = [d for d in previous if d.sentence == drafts[0].sentence - 1]
    for draft in list(drafts):
        if draft.quantity is not None:
            continue
        words = (draft.aspect or draft.indicator).lower()
        measured = _MEASURE_NOUNS.get(words)
        if measured is None and words.removeprefix("số ").startswith(_NAMED_MONEY):
            # "thu hút 8 dự án, tổng vốn đầu tư 31,8 triệu USD; so với cùng kỳ, số dự án
            # bằng 100%, vốn đầu tư tăng 49%": a sum named again in its own words, in the
            # same sentence (a later one may speak of another time or part).
            before = [d for d in drafts if d.anchor < draft.anchor]
            if _attach_named(draft, drafts, before, words.removeprefix("số ")):
                continue
        if measured is None and low.find("vốn", draft.clause_start, draft.number_start) >= 0:
            # "(vốn tăng 3,2%, ...)" under a heading that lent the rise a longer name: the
            # bare subject right before the verb is what it is of.
            bare = _BARE_CAPITAL.search(low, max(0, draft.number_start - 30), draft.number_start)
            measured = "money" if bare else None
        if measured is not None:
            # "khối lượng 580 nghìn tấn, trị giá 339 triệu USD; so với cùng kỳ, sản lượng
            # tăng 9% và kim ngạch tăng 16%": the measure named again is of its unit's figure.
            _attach(
                draft, drafts, [d for d in earlier + drafts if d.anchor < draft.anchor], measured
            )
            continue
        match = _NUMBER_OF.match(words)
        # "tai nạn giao thông giảm 24 vụ (-14,63%)": the difference names the noun.
        noun = match.group(1) if match else difference_noun(low, draft.anchor, draft.number_start)
        if not noun:
            continue
        candidates = [
            d
            for d in earlier + drafts[: drafts.index(draft)]
            if d.quantity is not None
            and not d.comparisons
            and d.quantity.unit.kind == "count"
            and d.quantity.unit.text.split()[0] == noun
        ]
        if not candidates:
            continue
        # "số người chết và số người bị thương cùng giảm trên 53%": each count named.
        for named in words.split(" và "):
            rest = set(named.split()[2:])
            # Among counts that name it as well, the one of the rise's own clause ("đường
            # thủy có 16 vụ, làm chết 30 người, số người chết tăng 100%"), else of its own
            # sentence ("Trong đó, đường bộ xảy ra 12.200 vụ, ...; so với cùng kỳ số vụ
            # tăng 18%": the part just counted, not the whole of the sentence before), else
            # the first.
            best = max(
                candidates,
                key=lambda c: (
                    _overlap(rest, c),
                    c.clause_start == draft.clause_start,
                    c.sentence == draft.sentence,
                    -candidates.index(c),
                ),
            )
            best.comparisons.extend(draft.comparisons)
            candidates.remove(best)
            if not candidates or not named.startswith("số "):
                break
        drafts.remove(draft)


# Words for dying that name the same harm: "số người chết" is of "làm tử vong 52 người".
_DIED: Final = re.compile(r"\b(?:tử vong|thiệt mạng)\b")


def _overlap(words: set[str], candidate: Draft) -> int:
    tail = candidate.quantity.tail if candidate.quantity else ""
    named = f"{candidate.indicator} {tail}".lower()
    named = _DIED.sub("chết", named) if "chết" in words else named
    return len(words & set(named.split()))


# Measures named bare, and the kind of unit the figure they point back to is counted in.
_MEASURE_NOUNS: Final = {
    "sản lượng": "measure",
    "khối lượng": "measure",
    "kim ngạch": "money",
    "trị giá": "money",
    "giá trị": "money",
    "doanh thu": "money",
    "vốn": "money",  # "tổng vốn đăng ký 7.744 tỷ đồng (vốn tăng 3,2%, số dự án tăng 20%)"
    "số vốn": "money",
}


def _attach(draft: Draft, drafts: list[Draft], before: list[Draft], unit_kind: str) -> None:
    """Give `draft`'s comparisons to the last figure before it counted in `unit_kind`
    that has none yet, and drop `draft`; leave both as they are when there is none."""
    candidates = [
        d
        for d in before
        if d.quantity is not None
        and not d.comparisons
        and d.quantity.unit.kind == unit_kind
        # A price per unit ("561,28 USD/tấn") is no sum: "giá trị giảm 13,18%" is not its.
        and "/" not in d.quantity.unit.text
    ]
    if candidates:
        candidates[-1].comparisons.extend(draft.comparisons)
        drafts.remove(draft)


# The head of a sum named in more words ("vốn đầu tư", "kim ngạch nhập khẩu"); "số doanh
# nghiệp" is a count, whatever sum names the firms too.
_NAMED_MONEY: Final = ("vốn ", "kim ngạch ", "doanh thu ", "giá trị ", "trị giá ", "tổng vốn ")


def _attach_named(draft: Draft, drafts: list[Draft], before: list[Draft], words: str) -> bool:
    """Give `draft`'s comparisons to the last sum before it whose name holds `words` and
    that has none yet, and drop `draft`; False, leaving both, when there is none."""
    if len(words.split()) < 2:
        return False
    candidates = [
        d
        for d in before
        if d.quantity is not None
        and not d.comparisons
        and d.quantity.unit.kind == "money"
        and f" {words} " in f" {d.indicator.lower()} "
    ]
    if not candidates:
        return False
    candidates[-1].comparisons.extend(draft.comparisons)
    drafts.remove(draft)
    return True
