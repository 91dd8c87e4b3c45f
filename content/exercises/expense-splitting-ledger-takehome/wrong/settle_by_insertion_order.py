from dataclasses import dataclass


def _check_amount(amount):
    if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
        raise ValueError(f"amount must be a positive integer of cents, got {amount!r}")


def _allocate(amount, participants, weights):
    """Split amount by integer weights; leftover cents go one each in participant order."""
    total = sum(weights[p] for p in participants)
    shares = {p: amount * weights[p] // total for p in participants}
    leftover = amount - sum(shares.values())
    eligible = [p for p in participants if weights[p] > 0]
    i = 0
    while leftover:
        shares[eligible[i % len(eligible)]] += 1
        leftover -= 1
        i += 1
    return shares


@dataclass
class Expense:
    payer: str
    amount: int
    shares: dict
    description: str


class Ledger:
    """Shared-expense ledger; all amounts are integer cents."""

    def __init__(self):
        self._balances = {}
        self._expenses = {}
        self._next_id = 1

    def _require(self, *names):
        for name in names:
            if name not in self._balances:
                raise KeyError(f"unknown member {name!r}")

    def add_member(self, name):
        if not isinstance(name, str) or not name:
            raise ValueError("name must be a non-empty string")
        if name in self._balances:
            raise ValueError(f"{name!r} is already a member")
        self._balances[name] = 0

    def _weights(self, participants, split, weights):
        if split == "equal":
            if weights is not None:
                raise ValueError("equal split takes no weights")
            return {p: 1 for p in participants}
        if split not in ("percent", "weights"):
            raise ValueError(f"unknown split {split!r}")
        if not isinstance(weights, dict) or set(weights) != set(participants):
            raise ValueError("weights must have exactly one entry per participant")
        for value in weights.values():
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValueError("weights must be non-negative integers")
        total = sum(weights.values())
        if split == "percent" and total != 100:
            raise ValueError("percentages must add up to 100")
        if total <= 0:
            raise ValueError("weights must not all be zero")
        return dict(weights)

    def add_expense(self, payer, amount, participants, split="equal", weights=None, description=""):
        _check_amount(amount)
        participants = list(participants)
        if not participants or len(set(participants)) != len(participants):
            raise ValueError("participants must be a non-empty list without duplicates")
        self._require(payer, *participants)
        shares = _allocate(amount, participants, self._weights(participants, split, weights))
        self._balances[payer] += amount
        for person, share in shares.items():
            self._balances[person] -= share
        expense_id = self._next_id
        self._next_id += 1
        self._expenses[expense_id] = Expense(payer, amount, shares, description)
        return expense_id

    def remove_expense(self, expense_id):
        expense = self._expenses.pop(expense_id)  # KeyError if unknown or removed
        self._balances[expense.payer] -= expense.amount
        for person, share in expense.shares.items():
            self._balances[person] += share

    def record_payment(self, sender, receiver, amount):
        _check_amount(amount)
        self._require(sender, receiver)
        if sender == receiver:
            raise ValueError("sender and receiver must differ")
        self._balances[sender] += amount
        self._balances[receiver] -= amount

    def shares(self, expense_id):
        return dict(self._expenses[expense_id].shares)

    def balance(self, name):
        self._require(name)
        return self._balances[name]

    def balances(self):
        return dict(self._balances)

    def settle_up(self):
        remaining = {n: b for n, b in self._balances.items() if b}
        plan = []
        while remaining:
            debtor = next(n for n in remaining if remaining[n] < 0)
            creditor = next(n for n in remaining if remaining[n] > 0)
            amount = min(-remaining[debtor], remaining[creditor])
            plan.append([debtor, creditor, amount])
            for name, delta in ((debtor, amount), (creditor, -amount)):
                remaining[name] += delta
                if remaining[name] == 0:
                    del remaining[name]
        return plan

    def expenses_of(self, name):
        self._require(name)
        return sorted(i for i, e in self._expenses.items() if e.payer == name or name in e.shares)
