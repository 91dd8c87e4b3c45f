def to_roman(number: int) -> str:
    result = ""
    for value, symbol in [(1000, "M"), (500, "D"), (100, "C"), (50, "L"),
                          (10, "X"), (5, "V"), (1, "I")]:
        while number >= value:
            result += symbol
            number -= value
    return result
