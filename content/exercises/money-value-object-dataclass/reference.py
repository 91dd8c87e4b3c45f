# Every operation is O(1) except allocate, which is O(len(ratios)) time and space.
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
_CODE = re.compile(r"[A-Z]{3}")


def _to_decimal(value):
    if isinstance(value, bool) or not isinstance(value, (int, str, Decimal)):
        raise TypeError(f"amount must be int, str or Decimal, not {type(value).__name__}")
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Money:
    """An immutable amount of money in one currency, exact to the cent."""

    amount: Decimal
    currency: str

    def __post_init__(self):
        if not isinstance(self.currency, str) or not _CODE.fullmatch(self.currency):
            raise ValueError(f"invalid currency code: {self.currency!r}")
        object.__setattr__(self, "amount", _to_decimal(self.amount))

    def _same_currency(self, other):
        if not isinstance(other, Money):
            return False
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return True

    def __add__(self, other):
        if not self._same_currency(other):
            return NotImplemented
        return Money(self.amount + other.amount, self.currency)

    def __radd__(self, other):
        if isinstance(other, int) and not isinstance(other, bool) and other == 0:
            return self
        return NotImplemented

    def __sub__(self, other):
        if not self._same_currency(other):
            return NotImplemented
        return Money(self.amount - other.amount, self.currency)

    def __mul__(self, factor):
        if isinstance(factor, bool) or not isinstance(factor, (int, Decimal)):
            return NotImplemented
        return Money(self.amount * factor, self.currency)

    __rmul__ = __mul__

    def __neg__(self):
        return Money(-self.amount, self.currency)

    def __lt__(self, other):
        if not self._same_currency(other):
            return NotImplemented
        return self.amount < other.amount

    def __le__(self, other):
        if not self._same_currency(other):
            return NotImplemented
        return self.amount <= other.amount

    def __gt__(self, other):
        if not self._same_currency(other):
            return NotImplemented
        return self.amount > other.amount

    def __ge__(self, other):
        if not self._same_currency(other):
            return NotImplemented
        return self.amount >= other.amount

    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"

    def allocate(self, ratios):
        if not ratios or any(r <= 0 for r in ratios):
            raise ValueError("ratios must be a non-empty list of positive integers")
        cents = int(self.amount / CENT)
        total = sum(ratios)
        shares = [cents * r // total for r in ratios]
        for i in range(cents - sum(shares)):
            shares[i] += 1
        return [Money(Decimal(s) * CENT, self.currency) for s in shares]
