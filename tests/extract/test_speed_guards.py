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


def test_fast_period_mention_is_the_same_object() -> None:
    from dataclasses import fields

    from tiendo.extract.period_cues import PeriodMention, _mention

    made = _mention(3, 12, 2023, 1, 6, "span", False)
    plain = PeriodMention(3, 12, 2023, 1, 6, "span", False)
    assert made == plain and hash(made) == hash(plain) and repr(made) == repr(plain)
    # Every field set, in the class's order: a field added to PeriodMention must be
    # added to _mention too.
    assert list(vars(made)) == [f.name for f in fields(PeriodMention)]
    assert vars(made) == vars(plain)


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
