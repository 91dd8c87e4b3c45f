def count_decodings(digits: str) -> int:
    # Time O(n), space O(1): prev1 = decodings of the prefix so far, prev2 =
    # of the prefix one digit shorter. The next digit may stand alone (1-9)
    # and the last two digits may form one code ('10'-'26').
    prev2, prev1 = 0, 1  # prefix of length -1 (none) and of length 0
    for i, ch in enumerate(digits):
        current = prev1 if ch != "0" else 0
        if i > 0 and "10" <= digits[i - 1:i + 1] <= "26":
            current += prev2
        prev2, prev1 = prev1, current
    return prev1
