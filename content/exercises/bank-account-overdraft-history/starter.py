from collections import namedtuple

Transaction = namedtuple("Transaction", "kind amount balance_after")


class InsufficientFunds(Exception):
    pass


class AccountFrozen(Exception):
    pass


class BankAccount:
    def __init__(self, owner, overdraft_limit=0, overdraft_fee=0):
        raise NotImplementedError
