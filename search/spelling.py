"""Compound words, prefixes, æ/ø/å typed as a/o/a, and "Mente du …?" for the site search.

Everything here works from one vocabulary: the words of the titles of pages a visitor may
find (:func:`search.query.searchable_pages`, the ``listable()`` rule). A draft, private,
expired or future page's title is never a candidate, so no suggestion can reveal one.

- :func:`title_words` finds the candidate words. On PostgreSQL ``pg_trgm`` picks, with its
  trigram index on the folded title (migration ``0003``), only the titles that look like the
  typed word; on SQLite (and any other database) the titles are read and the same choice is
  made here. Either way the result goes through the same Python below.
- :func:`variants` are the indexed words a typed word should also find: compounds that end
  with or contain it ("svømning" → "babysvømning"), words it starts ("idræt" →
  "idrætshal") and the same word with æ/ø/å ("svomning" → "babysvømning").
- :func:`fold_correction` and :func:`similar_word` give the "Mente du …?" word: the same word
  with æ/ø/å, else the title word (or the end of a compound title word) with the highest
  trigram similarity (pg_trgm's measure), at least :data:`MIN_SIMILARITY`.
"""

import re
import unicodedata

from django.db import connection, transaction
from django.db.models import F, Func, TextField, Value

#: A typed word shorter than this is not expanded (too many compounds contain "hal").
MIN_VARIANT_LENGTH = 4
#: At most this many extra words are searched for per typed word.
MAX_VARIANTS = 8
#: Trigram similarity a title word needs to be offered as "Mente du" (pg_trgm's default is 0.3).
MIN_SIMILARITY = 0.4
#: Word similarity (pg_trgm ``word_similarity``) a title needs to be looked at, on PostgreSQL.
MIN_WORD_SIMILARITY = 0.4
#: Titles looked at per word on PostgreSQL (best trigram matches first) and, on other
#: databases, titles read at all.
MAX_TITLES = 200
MAX_TITLES_WITHOUT_TRIGRAMS = 5000

_WORD = re.compile(r"\w+", re.UNICODE)
# Length-preserving, so a match in the folded text is the same slice of the original word.
_FOLD = str.maketrans({"æ": "a", "ø": "o", "å": "a"})


def fold(text: str) -> str:
    """Lower case without accents, with æ→a, ø→o, å→a (same length as ``text``)."""
    lowered = text.lower().translate(_FOLD)
    return "".join(unicodedata.normalize("NFKD", ch)[0] if ch.isalpha() else ch for ch in lowered)


def trigrams(word: str) -> set[str]:
    """pg_trgm's trigrams of one word: lower case, two spaces before and one after."""
    padded = f"  {word.lower()} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def similarity(a: str, b: str) -> float:
    """pg_trgm's ``similarity()`` of two words: shared trigrams over all trigrams."""
    ta, tb = trigrams(a), trigrams(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / len(ta | tb)


class _FoldedTitle(Func):
    """``translate(lower(title), 'æøå', 'aoa')``: :func:`fold` in SQL (PostgreSQL)."""

    function = "translate"

    def __init__(self, expression):
        super().__init__(
            Func(expression, function="lower"),
            Value("æøå"),
            Value("aoa"),
            output_field=TextField(),
        )


_has_pg_trgm: dict[str, bool] = {}


def uses_trigram_index() -> bool:
    """PostgreSQL with ``pg_trgm`` installed (migration ``search.0003``), asked once per database.

    A database made without migrations (``migrate --run-syncdb``) has no extension: it is
    searched the way SQLite is rather than failing.
    """
    if connection.vendor != "postgresql":
        return False
    name = connection.settings_dict["NAME"]
    if name not in _has_pg_trgm:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
            _has_pg_trgm[name] = cursor.fetchone() is not None
    return _has_pg_trgm[name]


def matching_titles(term: str, pages) -> list[tuple[int, str]]:
    """``(id, title)`` of the pages among ``pages`` whose titles may hold variants or
    corrections of ``term``."""
    if uses_trigram_index():
        from django.contrib.postgres.lookups import TrigramWordSimilar
        from django.contrib.postgres.search import TrigramWordSimilarity

        folded, title = Value(fold(term)), _FoldedTitle(F("title"))
        query = (
            # ``folded_title %> 'term'``: the operator the trigram index of migration 0003
            # serves, true where the title has a word like the term (above the threshold).
            pages.filter(TrigramWordSimilar(title, folded))
            .annotate(trigram_match=TrigramWordSimilarity(folded, title))
            .order_by("-trigram_match")
            .values_list("id", "title")[:MAX_TITLES]
        )
        with transaction.atomic(), connection.cursor() as cursor:
            # pg_trgm's default (0.6) misses "foreining" → "forening" (0.58).
            cursor.execute(
                "SET LOCAL pg_trgm.word_similarity_threshold = %s", [MIN_WORD_SIMILARITY]
            )
            titles = list(query)
    else:
        titles = pages.order_by().values_list("id", "title")[:MAX_TITLES_WITHOUT_TRIGRAMS]
    return titles


def words_of(titles) -> set[str]:
    """The lower-case words of ``titles``."""
    return {word.lower() for title in titles for word in _WORD.findall(title) if word.strip("_")}


def title_words(term: str, pages) -> set[str]:
    """Lower-case words of the titles of ``pages`` that may be variants or corrections of ``term``."""
    return words_of(title for _id, title in matching_titles(term, pages))


def variants(term: str, words: set[str]) -> list[str]:
    """Title words that contain ``term`` (folded), shortest first, without ``term`` itself."""
    folded = fold(term)
    if len(term) < MIN_VARIANT_LENGTH:
        return sorted(w for w in words if w != term and fold(w) == folded)
    found = [w for w in words if w != term and folded in fold(w)]
    return sorted(found, key=lambda w: (len(w), w))[:MAX_VARIANTS]


def fold_correction(term: str, words: set[str]) -> str | None:
    """``term`` as the titles spell it with æ/ø/å ("svomning" → "svømning"), if they differ.

    A word inside a compound counts: "babysvømning" spells "svomning" as "svømning".
    """
    folded = fold(term)
    if len(folded) < MIN_VARIANT_LENGTH and not any(fold(w) == folded for w in words):
        return None
    spellings = set()
    for word in words:
        at = fold(word).find(folded)
        if at >= 0:
            spellings.add(word[at : at + len(folded)])
    if term in spellings or not spellings:
        return None
    return sorted(spellings)[0]


def _candidates(term: str, words: set[str]):
    """Title words, and the ends of compounds that start like ``term`` ("babysvømning" →
    "svømning" for "svømnig"), as (candidate, is_whole_word)."""
    first = fold(term)[:1]
    for word in words:
        yield word, True
        folded = fold(word)
        for at in range(1, len(word) - MIN_VARIANT_LENGTH + 1):
            if folded[at] == first:
                yield word[at:], False


def similar_word(term: str, words: set[str]) -> str | None:
    """The title word (or compound end) most like ``term`` by trigram similarity, if close."""
    if term in words:
        return None
    folded = fold(term)
    best = None
    for candidate, whole in _candidates(term, words):
        key = (similarity(folded, fold(candidate)), whole, -len(candidate), candidate)
        if best is None or key > best[0]:
            best = (key, candidate)
    if best and best[0][0] >= MIN_SIMILARITY and best[1] != term:
        return best[1]
    return None
