def count_decodings(digits: str) -> int:
    def ways(i):
        if i == len(digits):
            return 1
        if digits[i] == "0":
            return 0
        total = ways(i + 1)
        if i + 1 < len(digits) and int(digits[i:i + 2]) <= 26:
            total += ways(i + 2)
        return total

    return ways(0)
