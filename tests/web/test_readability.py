"""LIX on Danish sample texts, with the expected values worked out by hand."""

import pytest

from core.readability import lix, text_from_html


def test_short_plain_sentences_are_easy():
    text = "Kom til fest i parken. Der er musik og mad. Alle er velkomne!"
    # Words: 5 (Kom til fest i parken) + 5 (Der er musik og mad) + 3 (Alle er velkomne) = 13
    # Sentences: 3 (. . !)
    # Long words (> 6 letters): velkomne (8) = 1; "parken" has exactly 6, so it is not long.
    # LIX = 13 / 3 + 100 × 1 / 13 = 4.333 + 7.692 = 12.03
    result = lix(text)

    assert (result.words, result.sentences, result.long_words) == (13, 3, 1)
    assert result.score == pytest.approx(12.03, abs=0.01)
    assert result.band == "easy"


def test_association_text_is_medium():
    text = (
        "Foreningen holder generalforsamling i hallen på tirsdag. "
        "Alle medlemmer kan stemme om bestyrelsens forslag til nye vedtægter. "
        "Kom og vær med."
    )
    # Sentence 1: Foreningen(10) holder(6) generalforsamling(17) i hallen(6) på tirsdag(7)
    #   = 7 words, long: Foreningen, generalforsamling, tirsdag = 3
    # Sentence 2: Alle medlemmer(9) kan stemme(6) om bestyrelsens(12) forslag(7) til nye
    #   vedtægter(9) = 10 words, long: medlemmer, bestyrelsens, forslag, vedtægter = 4
    # Sentence 3: Kom og vær med = 4 words, 0 long
    # LIX = 21 / 3 + 100 × 7 / 21 = 7 + 33.333 = 40.33
    result = lix(text)

    assert (result.words, result.sentences, result.long_words) == (21, 3, 7)
    assert result.score == pytest.approx(40.33, abs=0.01)
    assert result.band == "medium"


def test_administrative_prose_is_hard():
    text = (
        "Kommunalbestyrelsen behandler budgetforslaget vedrørende "
        "idrætsfaciliteternes renoveringsprojekter."
    )
    # 6 words, all longer than 6 letters, 1 sentence: LIX = 6 / 1 + 100 × 6 / 6 = 106
    result = lix(text)

    assert (result.words, result.sentences, result.long_words) == (6, 1, 6)
    assert result.score == pytest.approx(106)
    assert result.band == "hard"


def test_times_and_numbers_are_neither_words_nor_sentence_ends():
    # "8.30" and "10.15" are not words and their dots end no sentence.
    # Words: Træningen(9) starter(7) og slutter(7) = 4, long = 3, sentences = 1
    # LIX = 4 / 1 + 100 × 3 / 4 = 79
    result = lix("Træningen starter 8.30 og slutter 10.15")

    assert (result.words, result.sentences, result.long_words) == (4, 1, 3)
    assert result.score == pytest.approx(79)


def test_band_edges_follow_the_rounded_score():
    # 35 is the first "medium" score and 45 the last; above 45 is "hard".
    from core.readability import Lix

    assert Lix(words=10, sentences=1, long_words=2).score == pytest.approx(30)  # 10 + 20
    assert Lix(words=10, sentences=1, long_words=2).band == "easy"
    assert Lix(words=20, sentences=1, long_words=3).score == pytest.approx(35)  # 20 + 15
    assert Lix(words=20, sentences=1, long_words=3).band == "medium"
    assert Lix(words=20, sentences=1, long_words=5).score == pytest.approx(45)  # 20 + 25
    assert Lix(words=20, sentences=1, long_words=5).band == "medium"
    assert Lix(words=20, sentences=2, long_words=8).score == pytest.approx(50)  # 10 + 40
    assert Lix(words=20, sentences=2, long_words=8).band == "hard"


def test_rich_text_headings_and_paragraphs_are_separate_sentences():
    text = text_from_html("<h2>Sådan gør du</h2><p>Ring til os &amp; spørg.</p>")
    # "Sådan gør du" (3 words, no full stop) + "Ring til os spørg" (4) = 7 words,
    # 2 sentences, 0 long: LIX = 7 / 2 = 3.5
    result = lix(text)

    assert (result.words, result.sentences, result.long_words) == (7, 2, 0)
    assert result.score == pytest.approx(3.5)


def test_empty_text_scores_zero():
    assert lix("  ").score == 0
