"""How hard a passage is to read (content/reading.py): its sentences as written, its score with
example passwords and placeholders read as "it", and what a band's targets say about it."""

from __future__ import annotations

from safety_lessons.content.model import Reading
from safety_lessons.content.reading import MIN_WORDS, Passage, Score, problems_of, score, sentences


def test_sentences_placeholders_and_made_up_passwords() -> None:
    assert sentences('She says "Stop!" Then she goes. (It is fine.) OK') == [
        'She says "Stop!"', "Then she goes.", "(It is fine.)", "OK"]
    target = Reading(ease_min=80)
    # example passwords and placeholders read as "it": they are not words a pupil reads
    assert score("Try JellySockRocket or Sam2015 when you are {age} or older, then tell a grown-up.", target).ease \
        == score("Try it or it when you are it or older, then tell a grown-up.", target).ease
    assert MIN_WORDS == 8


def test_a_hard_passage_names_its_hardest_sentence() -> None:
    level = Score(ease=41.7, hardest="Categorise it.", longest="Categorise it.", longest_words=2, long_words=())
    [(message, warning)] = problems_of(level, Reading(ease_min=60))
    assert not warning and message.startswith('reads at 41 (Flesch Reading Ease, higher is easier), below this '
                                              "band's 60; the hardest sentence is \"Categorise it.\"")
    assert problems_of(level, Reading(ease_min=40)) == []


def test_a_read_aloud_band_counts_sentence_words_and_long_words() -> None:
    target = Reading(sentence_words_max=6, long_word_syllables=4)
    level = score("Tell a grown-up you trust straight away if something online is unkind.", target)
    assert level.ease is not None and level.longest_words == 12
    [(long, warning)] = problems_of(level, target)
    assert not warning and long.startswith("has a sentence of 12 words, more than this band's 6 (read aloud")
    [(_, warning)] = problems_of(level, Reading(ease_min=0, sentence_words_warn=10))
    assert warning  # too long, but only worth a warning in this band
    words = problems_of(score("Use authentication.", target), target)
    assert words == [("'authentication' is a long word for this band (4 syllables or more, and not among the words "
                      "most young children know); use a shorter, everyday word", False)]


def test_a_problem_in_a_notebook_cell_names_the_line_of_its_sentence() -> None:
    cell = Passage("a.ipynb", 0, "cell 3", "Hi. Hard words here.", ((40, '"Hi.\\n",'), (41, '"Hard **words** here."')))
    assert cell.line_of("Hard words here.") == 41 and cell.line_of("Nowhere at all") == 40
    assert Passage("a.yaml", 7, "intro", "x").line_of("x") == 7
