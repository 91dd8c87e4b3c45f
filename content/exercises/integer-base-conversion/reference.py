DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def to_base(number: int, base: int) -> str:
    # Time O(log_base |number|) division steps, space O(same) for the digits:
    # repeatedly take the last digit (n % base) and drop it (n // base).
    if number == 0:
        return "0"
    sign = "-" if number < 0 else ""
    n = abs(number)
    digits = []
    while n:
        n, remainder = divmod(n, base)
        digits.append(DIGITS[remainder])
    return sign + "".join(reversed(digits))
