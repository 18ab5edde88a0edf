"""One folded form for stored text and typed queries, keeping where each folded character came from.

The origins let a match in the folded form be highlighted in the text as written.
"""
import re
import unicodedata
from dataclasses import dataclass, field

import jaconv

# A query longer than this is cut: nobody types more, and matching cost stays bounded.
MAX_QUERY_CHARS = 200
MAX_TERMS = 8
# Cut before normalising too: NFKC may lengthen text, and a 10 MB query must cost nothing.
_RAW_CUT = MAX_QUERY_CHARS * 4

# Control, format, surrogate, private-use and unassigned characters: never meaningful in a query, and
# PostgreSQL refuses NUL in text.
_DROPPED_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}


@dataclass
class Tracked:
    """Text with, for every character, the index of the character of the original it came from."""

    text: str = ""
    origins: list[int] = field(default_factory=list)

    def add(self, chars: str, origin: int) -> None:
        self.text += chars
        self.origins.extend([origin] * len(chars))

    def sub(self, pattern: re.Pattern, replacement: str) -> "Tracked":
        """re.sub that keeps origins: replaced characters take the origin of the match's first one."""
        out = Tracked()
        pos = 0
        for match in pattern.finditer(self.text):
            start, end = match.span()
            out.text += self.text[pos:start]
            out.origins += self.origins[pos:start]
            out.add(match.expand(replacement), self.origins[start])
            pos = end
        out.text += self.text[pos:]
        out.origins += self.origins[pos:]
        return out


def clean_query(raw: str) -> str:
    """The query as it is searched and shown back: printable, NFKC, single spaces, capped."""
    text = "".join(c for c in str(raw)[:_RAW_CUT] if unicodedata.category(c) not in _DROPPED_CATEGORIES or c in "\t\n")
    text = unicodedata.normalize("NFKC", text)
    text = " ".join(text.split())
    return text[:MAX_QUERY_CHARS].strip()


def terms(query: str) -> list[str]:
    """Distinct space-separated terms of a cleaned query, in order, at most MAX_TERMS."""
    seen = []
    for term in query.split():
        if term not in seen:
            seen.append(term)
    return seen[:MAX_TERMS]


def fold_char(char: str) -> str:
    return jaconv.kata2hira(unicodedata.normalize("NFKC", char).casefold())


def fold(text: str, keep_spaces: bool) -> Tracked:
    """NFKC, case-folded, katakana as hiragana; Japanese drops spaces (easy Japanese puts them between
    phrases, so a phrase typed without them must still match), English keeps one between words."""
    out = Tracked()
    for index, char in enumerate(text):
        if char.isspace() or unicodedata.category(char) in _DROPPED_CATEGORIES:
            if keep_spaces and out.text and not out.text.endswith(" "):
                out.add(" ", index)
            continue
        out.add(fold_char(char), index)
    return out


def fold_term(term: str) -> str:
    return fold(term, keep_spaces=False).text
