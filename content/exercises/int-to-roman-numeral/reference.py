VALUES = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
    (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
    (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]


def to_roman(number: int) -> str:
    # Time O(1) (13 table entries, at most 15 symbols), space O(1): greedy
    # over a table that treats the subtractive pairs as symbols of their own.
    parts = []
    for value, symbol in VALUES:
        count, number = divmod(number, value)
        parts.append(symbol * count)
    return "".join(parts)
