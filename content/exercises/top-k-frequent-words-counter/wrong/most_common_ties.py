import re
from collections import Counter


def top_k_words(text, k):
    counts = Counter(re.findall(r"[a-z]+(?:'[a-z]+)*", text.lower()))
    return [[w, c] for w, c in counts.most_common(k)]
