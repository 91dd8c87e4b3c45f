def compress(text):
    pieces = []
    count = 1
    for i in range(1, len(text)):
        if text[i] == text[i - 1]:
            count += 1
        else:
            pieces.append(text[i - 1] + str(count))
            count = 1
    encoded = "".join(pieces)
    return encoded if len(encoded) < len(text) else text
