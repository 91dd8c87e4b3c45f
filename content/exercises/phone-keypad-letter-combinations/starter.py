def keypad_words(digits: str) -> list[str]:
    """Return every letter combination the digits 2-9 can type, in any order.

    keypad_words("28") -> ["at", "au", "av", "bt", "bu", "bv", "ct", "cu", "cv"]
    keypad_words("") -> []
    """
    raise NotImplementedError
