"""English words to search stems: lemma first (lost -> lose, children -> child), then Snowball stem
(applying, applied, apply -> appli), so every form of a word meets.

simplemma and snowballstemmer are pure Python; the English lemma table loads on the first English word
(about 0.25 s, 30 MB) and is then shared by every request of the worker.
"""
import re
from functools import lru_cache

# Letters and digits of any script; apostrophes and hyphens split words (card's -> card, s).
WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=20000)
def stem(word: str) -> str:
    import simplemma

    word = word.casefold()
    if not word.isascii():
        return word  # Japanese quoted in English text, or another script: searched as typed
    lemma = simplemma.lemmatize(word, lang="en").casefold()
    return _stemmer().stemWord(lemma)


def words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, stem) of every word of the text."""
    return [(m.start(), m.end(), stem(m.group())) for m in WORD.finditer(text)]

