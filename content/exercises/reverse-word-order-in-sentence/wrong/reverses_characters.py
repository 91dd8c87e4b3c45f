def reverse_words(sentence):
    return " ".join(sentence[::-1].split())
