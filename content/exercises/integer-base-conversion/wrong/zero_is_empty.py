DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def to_base(number: int, base: int) -> str:
    sign = "-" if number < 0 else ""
    n = abs(number)
    digits = ""
    while n > 0:
        digits = DIGITS[n % base] + digits
        n //= base
    return sign + digits
