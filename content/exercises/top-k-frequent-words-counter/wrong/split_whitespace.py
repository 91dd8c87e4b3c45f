from collections import Counter


def top_k_words(text, k):
    counts = Counter(text.split())
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [[w, c] for w, c in ranked[:k]]
