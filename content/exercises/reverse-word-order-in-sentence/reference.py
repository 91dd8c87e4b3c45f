# Time O(n), space O(n): split on whitespace runs, reverse the list, join once.
def reverse_words(sentence: str) -> str:
    return " ".join(reversed(sentence.split()))
