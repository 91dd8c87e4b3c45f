from itertools import product

KEYPAD = {
    "2": "abc", "3": "def", "4": "ghi", "5": "jkl",
    "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz",
}


def keypad_words(digits: str) -> list[str]:
    # Time O(n * 4^n), space O(n * 4^n) for the output: the Cartesian product
    # of the letter groups, one letter per digit.
    if not digits:
        return []
    return ["".join(letters) for letters in product(*(KEYPAD[d] for d in digits))]
