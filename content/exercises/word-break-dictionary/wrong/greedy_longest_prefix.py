def can_segment(text: str, words: list[str]) -> bool:
    by_length = sorted(set(words), key=len, reverse=True)
    pos = 0
    while pos < len(text):
        for w in by_length:
            if text.startswith(w, pos):
                pos += len(w)
                break
        else:
            return False
    return True
