"""Search over questions and page sections, in any script.

What is typed and what is stored are folded the same way (folding.py): NFKC, lower case, katakana
as hiragana. Japanese text is also stored as romaji made from its readings (romaji.py), so 在留,
ざいりゅう and zairyu meet; English text is stored as word stems (english.py), so lost meets lose.

Readings come from the furigana engine (pykakasi) when content is saved (indexing.py); answering a
query (finder.py) never loads it.
"""
