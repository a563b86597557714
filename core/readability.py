"""LIX, the Scandinavian readability index, for the editor's clear-language nudge.

LIX = words / sentences + 100 × long words / words, where a long word has more than six
letters. Below 35 a text is easy ("let"), 35–45 medium ("middel"), above 45 hard ("svær").

The same rules run in the browser (``core/static/core/js/lix.js``) while an editor types;
``tests/web/test_readability.py`` pins both to the same worked examples.
"""

import html
import re
from dataclasses import dataclass

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

EASY_BELOW = 35
HARD_ABOVE = 45
LONG_WORD_LETTERS = 6

#: Summary length the editor is guided towards (the field allows 300 characters).
SUMMARY_GOOD_MAX = 200

# A word is a run of letters; hyphens and apostrophes inside it do not split it, and
# digits are not words ("kl. 19" has one word).
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# A sentence ends at . ! ? or : followed by a space or the end, or at a line break (headings
# and list items often have no full stop). "8.30" and "www.vallensbaek.dk" do not end one.
_SENTENCE_END = re.compile(r"[.!?:]+(?=\s|$)|\n+")


@dataclass(frozen=True)
class Lix:
    words: int
    sentences: int
    long_words: int

    @property
    def score(self) -> float:
        if not self.words:
            return 0.0
        return self.words / self.sentences + 100 * self.long_words / self.words

    @property
    def band(self) -> str:
        """``"easy"``, ``"medium"`` or ``"hard"``."""
        score = round(self.score)
        if score < EASY_BELOW:
            return "easy"
        if score <= HARD_ABOVE:
            return "medium"
        return "hard"

    @property
    def band_label(self):
        return {"easy": _("easy"), "medium": _("medium"), "hard": _("hard")}[self.band]


def lix(text: str) -> Lix:
    """Count words, sentences and long words in plain text."""
    text = text.strip()
    words = _WORD.findall(text)
    if not words:
        return Lix(0, 0, 0)
    # Segments that contain a word are sentences; a text without any full stop is one.
    segments = [s for s in _SENTENCE_END.split(text) if _WORD.search(s)]
    long_words = sum(1 for w in words if sum(c.isalpha() for c in w) > LONG_WORD_LETTERS)
    return Lix(len(words), max(1, len(segments)), long_words)


def text_from_html(markup: str) -> str:
    """Plain text of rich text: block elements end a line, so headings count as sentences."""
    markup = re.sub(r"(?i)<br\s*/?>|</(p|h[1-6]|li|blockquote|div)>", "\n", markup)
    return html.unescape(strip_tags(markup))
