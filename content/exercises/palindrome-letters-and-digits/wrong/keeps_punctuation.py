def is_clean_palindrome(text):
    lowered = text.lower()
    return lowered == lowered[::-1]
