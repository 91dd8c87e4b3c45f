class Ledger:
    """Shared-expense ledger; all amounts are integer cents."""

    def __init__(self):
        raise NotImplementedError

    def add_member(self, name):
        raise NotImplementedError

    def add_expense(self, payer, amount, participants, split="equal", weights=None, description=""):
        raise NotImplementedError

    def remove_expense(self, expense_id):
        raise NotImplementedError

    def record_payment(self, sender, receiver, amount):
        raise NotImplementedError

    def shares(self, expense_id):
        raise NotImplementedError

    def balance(self, name):
        raise NotImplementedError

    def balances(self):
        raise NotImplementedError

    def settle_up(self):
        raise NotImplementedError

    def expenses_of(self, name):
        raise NotImplementedError
