def compress(text):
    pieces = []
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and text[j] == text[i]:
            j += 1
        pieces.append(text[i] + str(j - i))
        i = j
    return "".join(pieces)
