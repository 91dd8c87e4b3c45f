import unittest

from solution import AccountFrozen, BankAccount, InsufficientFunds, Transaction


def kinds(acc):
    return [t.kind for t in acc.history]


class BankAccountTests(unittest.TestCase):
    def test_new_account(self):
        acc = BankAccount("ada")
        self.assertEqual(acc.owner, "ada")
        self.assertEqual(acc.balance, 0)
        self.assertEqual(acc.history, ())

    def test_deposit_and_withdraw(self):
        acc = BankAccount("ada")
        acc.deposit(500)
        acc.withdraw(200)
        self.assertEqual(acc.balance, 300)
        self.assertEqual(acc.history, (Transaction("deposit", 500, 500),
                                       Transaction("withdrawal", 200, 300)))

    def test_balance_read_only(self):
        with self.assertRaises(AttributeError):
            BankAccount("ada").balance = 10

    def test_invalid_amounts(self):
        acc = BankAccount("ada")
        for bad in (0, -5, 1.5, True, "10"):
            with self.assertRaises(ValueError, msg=f"{bad!r} must be rejected"):
                acc.deposit(bad)
            with self.assertRaises(ValueError):
                acc.withdraw(bad)
        self.assertEqual(acc.history, ())

    def test_constructor_validation(self):
        with self.assertRaises(ValueError):
            BankAccount("x", overdraft_limit=-1)
        with self.assertRaises(ValueError):
            BankAccount("x", overdraft_fee=-1)

    def test_no_overdraft_by_default(self):
        acc = BankAccount("ada")
        acc.deposit(100)
        with self.assertRaises(InsufficientFunds):
            acc.withdraw(101)
        self.assertEqual(acc.balance, 100)
        self.assertEqual(len(acc.history), 1, "a failed withdrawal must not be recorded")

    def test_overdraft_with_fee(self):
        acc = BankAccount("ada", overdraft_limit=5000, overdraft_fee=250)
        acc.deposit(10_000)
        acc.withdraw(12_000)
        self.assertEqual(acc.balance, -2250)
        self.assertEqual(acc.history[-2:], (Transaction("withdrawal", 12_000, -2000),
                                            Transaction("fee", 250, -2250)))

    def test_fee_counts_against_limit(self):
        acc = BankAccount("ada", overdraft_limit=5000, overdraft_fee=250)
        acc.deposit(10_000)
        acc.withdraw(12_000)
        with self.assertRaises(InsufficientFunds):
            acc.withdraw(2_600)
        self.assertEqual(acc.balance, -2250)
        acc.withdraw(2_500)
        self.assertEqual(acc.balance, -5000, "landing exactly on the limit is allowed")

    def test_no_fee_when_staying_positive(self):
        acc = BankAccount("ada", overdraft_limit=100, overdraft_fee=10)
        acc.deposit(50)
        acc.withdraw(50)
        self.assertEqual(acc.balance, 0)
        self.assertEqual(kinds(acc), ["deposit", "withdrawal"], "a balance of exactly 0 has no fee")

    def test_zero_fee_not_recorded(self):
        acc = BankAccount("ada", overdraft_limit=100)
        acc.withdraw(30)
        self.assertEqual(kinds(acc), ["withdrawal"])
        self.assertEqual(acc.balance, -30)

    def test_history_is_a_snapshot(self):
        acc = BankAccount("ada")
        acc.deposit(10)
        history = acc.history
        self.assertIsInstance(history, tuple)
        acc.deposit(20)
        self.assertEqual(len(history), 1, "an earlier history value must not change")
        try:
            acc.history.append(Transaction("deposit", 1, 1))
        except AttributeError:
            pass
        self.assertEqual(len(acc.history), 2, "callers must not be able to add history")

    def test_transfer(self):
        a, b = BankAccount("a"), BankAccount("b")
        a.deposit(1000)
        a.transfer_to(b, 300)
        self.assertEqual((a.balance, b.balance), (700, 300))
        self.assertEqual(a.history[-1], Transaction("transfer_out", 300, 700))
        self.assertEqual(b.history, (Transaction("transfer_in", 300, 300),))

    def test_transfer_with_overdraft_fee(self):
        a = BankAccount("a", overdraft_limit=1000, overdraft_fee=100)
        b = BankAccount("b")
        a.transfer_to(b, 500)
        self.assertEqual(kinds(a), ["transfer_out", "fee"])
        self.assertEqual((a.balance, b.balance), (-600, 500))

    def test_failed_transfer_changes_nothing(self):
        a, b = BankAccount("a"), BankAccount("b")
        a.deposit(100)
        with self.assertRaises(InsufficientFunds):
            a.transfer_to(b, 500)
        self.assertEqual((a.balance, b.balance), (100, 0))
        self.assertEqual(b.history, (), "the target must not be credited by a failed transfer")

    def test_transfer_to_self(self):
        a = BankAccount("a")
        a.deposit(10)
        with self.assertRaises(ValueError):
            a.transfer_to(a, 5)

    def test_frozen_account(self):
        acc = BankAccount("ada")
        acc.deposit(100)
        acc.freeze()
        for action in (lambda: acc.deposit(1), lambda: acc.withdraw(1)):
            with self.assertRaises(AccountFrozen):
                action()
        acc.unfreeze()
        acc.withdraw(1)
        self.assertEqual(acc.balance, 99)

    def test_transfer_to_frozen_account(self):
        a, b = BankAccount("a"), BankAccount("b")
        a.deposit(100)
        b.freeze()
        with self.assertRaises(AccountFrozen):
            a.transfer_to(b, 10)
        self.assertEqual((a.balance, b.balance), (100, 0))
        self.assertEqual(len(a.history), 1)

    def test_amount_checked_before_frozen(self):
        acc = BankAccount("ada")
        acc.freeze()
        with self.assertRaises(ValueError):
            acc.withdraw(-1)

    def test_exceptions_are_distinct(self):
        self.assertFalse(issubclass(InsufficientFunds, ValueError))
        self.assertFalse(issubclass(AccountFrozen, InsufficientFunds))


if __name__ == "__main__":
    unittest.main()
