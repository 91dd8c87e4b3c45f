KEYPAD = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl",
          "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}


def keypad_words(digits: str) -> list[str]:
    words = [""]
    for d in digits:
        words = [w + ch for w in words for ch in KEYPAD[d]]
    return words
