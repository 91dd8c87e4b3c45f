DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def to_base(number: int, base: int) -> str:
    if number == 0:
        return "0"
    n = number
    digits = ""
    while n != 0 and n != -1:
        digits = DIGITS[n % base] + digits
        n //= base
    if n == -1:  # floor division of a negative number stops at -1
        return "-" + digits
    return digits
