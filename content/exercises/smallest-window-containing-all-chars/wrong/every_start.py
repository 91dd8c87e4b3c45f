from collections import Counter

def smallest_window(text, required):
    if not required:
        return ""
    need = Counter(required)
    best = ""
    for start in range(len(text)):
        missing = sum(need.values())
        have = Counter()
        for end in range(start, len(text)):
            ch = text[end]
            have[ch] += 1
            if have[ch] <= need[ch]:
                missing -= 1
            if missing == 0:
                if not best or end - start + 1 < len(best):
                    best = text[start:end + 1]
                break
    return best
