# Time O(n + d log d) for n characters and d distinct words, space O(d).
import re
from collections import Counter

WORD = re.compile(r"[a-z]+(?:'[a-z]+)*")


def top_k_words(text: str, k: int) -> list:
    """Return the k most frequent words as [word, count] pairs (count desc, then word asc)."""
    counts = Counter(WORD.findall(text.lower()))
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [[word, count] for word, count in ranked[:k]]
