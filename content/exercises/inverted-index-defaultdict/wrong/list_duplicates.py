import re
from collections import defaultdict

WORD = re.compile(r"[a-z0-9]+")


def inverted_index(docs: dict, stop_words: list) -> dict:
    """Map each non-stop word to the sorted list of ids of documents containing it."""
    stop = {w.lower() for w in stop_words}
    index = defaultdict(list)
    for doc_id, text in docs.items():
        for word in WORD.findall(text.lower()):
            if word not in stop:
                index[word].append(doc_id)
    return {word: sorted(ids) for word, ids in index.items()}
