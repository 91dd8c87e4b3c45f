def can_segment(text: str, words: list[str]) -> bool:
    if not text:
        return True
    return any(text.startswith(w) and can_segment(text[len(w):], words)
               for w in words)
