from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal


@dataclass(frozen=True)
class Money:
    """An immutable amount of money in one currency, exact to the cent."""

    amount: Decimal
    currency: str
