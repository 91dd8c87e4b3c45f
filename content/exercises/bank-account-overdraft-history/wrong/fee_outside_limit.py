from collections import namedtuple

Transaction = namedtuple("Transaction", "kind amount balance_after")


class InsufficientFunds(Exception):
    pass


class AccountFrozen(Exception):
    pass


def _check_amount(amount):
    if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
        raise ValueError(f"amount must be a positive integer number of cents, got {amount!r}")


class BankAccount:
    def __init__(self, owner, overdraft_limit=0, overdraft_fee=0):
        if overdraft_limit < 0 or overdraft_fee < 0:
            raise ValueError("limit and fee must not be negative")
        self.owner = owner
        self.overdraft_limit = overdraft_limit
        self.overdraft_fee = overdraft_fee
        self._balance = 0
        self._history = []
        self._frozen = False

    @property
    def balance(self):
        return self._balance

    @property
    def history(self):
        return tuple(self._history)

    @property
    def frozen(self):
        return self._frozen

    def freeze(self):
        self._frozen = True

    def unfreeze(self):
        self._frozen = False

    def _record(self, kind, delta, amount):
        self._balance += delta
        self._history.append(Transaction(kind, amount, self._balance))

    def _ensure_active(self):
        if self._frozen:
            raise AccountFrozen(f"account of {self.owner} is frozen")

    def _fee_for(self, amount):
        return self.overdraft_fee if self._balance - amount < 0 else 0

    def _ensure_funds(self, amount):
        if self._balance - amount < -self.overdraft_limit:
            raise InsufficientFunds(f"{self.owner} cannot pay {amount}")

    def _take(self, kind, amount):
        fee = self._fee_for(amount)
        self._record(kind, -amount, amount)
        if fee:
            self._record("fee", -fee, fee)

    def deposit(self, amount):
        _check_amount(amount)
        self._ensure_active()
        self._record("deposit", amount, amount)

    def withdraw(self, amount):
        _check_amount(amount)
        self._ensure_active()
        self._ensure_funds(amount)
        self._take("withdrawal", amount)

    def transfer_to(self, other, amount):
        if other is self:
            raise ValueError("cannot transfer to the same account")
        _check_amount(amount)
        self._ensure_active()
        other._ensure_active()
        self._ensure_funds(amount)
        self._take("transfer_out", amount)
        other._record("transfer_in", amount, amount)
