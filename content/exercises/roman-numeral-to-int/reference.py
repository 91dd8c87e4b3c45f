SYMBOLS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def from_roman(numeral: str) -> int:
    # Time O(n), space O(1): a symbol counts negative exactly when the symbol
    # after it is larger (the subtractive pairs), otherwise positive.
    total = 0
    for i, ch in enumerate(numeral):
        value = SYMBOLS[ch]
        if i + 1 < len(numeral) and SYMBOLS[numeral[i + 1]] > value:
            total -= value
        else:
            total += value
    return total
