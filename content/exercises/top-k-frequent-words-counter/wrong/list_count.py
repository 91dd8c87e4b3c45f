import re


def top_k_words(text, k):
    words = re.findall(r"[a-z]+(?:'[a-z]+)*", text.lower())
    counts = {w: words.count(w) for w in set(words)}
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [[w, c] for w, c in ranked[:k]]
