import random
import unittest

from solution import Ledger


def group(*names):
    ledger = Ledger()
    for name in names:
        ledger.add_member(name)
    return ledger


class MemberTests(unittest.TestCase):
    def test_new_member_balance_zero(self):
        ledger = group("ann")
        self.assertEqual(ledger.balance("ann"), 0)
        self.assertEqual(ledger.balances(), {"ann": 0})

    def test_duplicate_member(self):
        ledger = group("ann")
        with self.assertRaises(ValueError):
            ledger.add_member("ann")

    def test_empty_name(self):
        with self.assertRaises(ValueError):
            Ledger().add_member("")

    def test_unknown_member_key_error(self):
        ledger = group("ann")
        with self.assertRaises(KeyError):
            ledger.balance("zed")
        with self.assertRaises(KeyError):
            ledger.expenses_of("zed")


class ExpenseTests(unittest.TestCase):
    def test_readme_example(self):
        ledger = group("ann", "bob", "cat")
        self.assertEqual(ledger.add_expense("ann", 9000, ["ann", "bob", "cat"], description="dinner"), 1)
        self.assertEqual(ledger.add_expense("bob", 3000, ["bob", "cat"], split="percent",
                                            weights={"bob": 20, "cat": 80}, description="taxi"), 2)
        self.assertEqual(ledger.balances(), {"ann": 6000, "bob": -600, "cat": -5400})
        self.assertEqual(ledger.settle_up(), [["cat", "ann", 5400], ["bob", "ann", 600]])

    def test_equal_split_even(self):
        ledger = group("ann", "bob")
        eid = ledger.add_expense("ann", 1000, ["ann", "bob"])
        self.assertEqual(ledger.shares(eid), {"ann": 500, "bob": 500})
        self.assertEqual(ledger.balances(), {"ann": 500, "bob": -500})

    def test_equal_split_leftover_in_participant_order(self):
        ledger = group("ann", "bob", "cat")
        eid = ledger.add_expense("ann", 1000, ["ann", "bob", "cat"])
        self.assertEqual(ledger.shares(eid), {"ann": 334, "bob": 333, "cat": 333})
        eid = ledger.add_expense("ann", 1001, ["cat", "bob", "ann"])
        self.assertEqual(ledger.shares(eid), {"cat": 334, "bob": 334, "ann": 333},
                         "leftover cents go to participants in list order")

    def test_one_cent_three_ways(self):
        ledger = group("ann", "bob", "cat")
        eid = ledger.add_expense("bob", 1, ["cat", "ann", "bob"])
        self.assertEqual(ledger.shares(eid), {"cat": 1, "ann": 0, "bob": 0})

    def test_payer_not_participant(self):
        ledger = group("ann", "bob", "cat")
        ledger.add_expense("ann", 600, ["bob", "cat"])
        self.assertEqual(ledger.balances(), {"ann": 600, "bob": -300, "cat": -300})

    def test_percent_split(self):
        ledger = group("ann", "bob", "cat")
        eid = ledger.add_expense("cat", 999, ["ann", "bob", "cat"], split="percent",
                                 weights={"ann": 50, "bob": 25, "cat": 25})
        self.assertEqual(ledger.shares(eid), {"ann": 500, "bob": 250, "cat": 249})

    def test_weights_split_with_zero_weight(self):
        ledger = group("ann", "bob", "cat")
        eid = ledger.add_expense("ann", 100, ["ann", "bob", "cat"], split="weights",
                                 weights={"ann": 0, "bob": 1, "cat": 2})
        self.assertEqual(ledger.shares(eid), {"ann": 0, "bob": 34, "cat": 66},
                         "leftover cents skip zero-weight participants")

    def test_shares_always_sum_to_amount(self):
        ledger = group(*"abcdefg")
        rnd = random.Random(3)
        for _ in range(200):
            people = rnd.sample("abcdefg", rnd.randint(1, 7))
            weights = {p: rnd.randint(0, 9) for p in people}
            weights[people[0]] += 1
            amount = rnd.randint(1, 100_000)
            eid = ledger.add_expense(people[0], amount, people, split="weights", weights=weights)
            self.assertEqual(sum(ledger.shares(eid).values()), amount)
        self.assertEqual(sum(ledger.balances().values()), 0)

    def test_ids_increase_and_are_not_reused(self):
        ledger = group("ann", "bob")
        first = ledger.add_expense("ann", 10, ["bob"])
        ledger.remove_expense(first)
        self.assertEqual(ledger.add_expense("ann", 10, ["bob"]), 2)

    def test_shares_returns_copy(self):
        ledger = group("ann", "bob")
        eid = ledger.add_expense("ann", 10, ["bob"])
        ledger.shares(eid)["bob"] = 999
        self.assertEqual(ledger.shares(eid), {"bob": 10})

    def test_shares_unknown_id(self):
        with self.assertRaises(KeyError):
            group("ann").shares(1)


class ValidationTests(unittest.TestCase):
    def setUp(self):
        self.ledger = group("ann", "bob", "cat")
        self.ledger.add_expense("ann", 300, ["ann", "bob", "cat"])
        self.before = self.ledger.balances()

    def assertUnchanged(self):
        self.assertEqual(self.ledger.balances(), self.before, "a rejected call must change nothing")
        self.assertEqual(self.ledger.add_expense("ann", 3, ["bob"]), 2,
                         "a rejected expense must not use up an id")

    def test_bad_amounts(self):
        for bad in (0, -100, 10.5, True, "100"):
            with self.assertRaises(ValueError, msg=f"amount {bad!r}"):
                self.ledger.add_expense("ann", bad, ["bob"])
        self.assertUnchanged()

    def test_bad_participant_lists(self):
        for people in ([], ["bob", "bob"]):
            with self.assertRaises(ValueError):
                self.ledger.add_expense("ann", 100, people)
        self.assertUnchanged()

    def test_unknown_people(self):
        with self.assertRaises(KeyError):
            self.ledger.add_expense("zed", 100, ["ann"])
        with self.assertRaises(KeyError):
            self.ledger.add_expense("ann", 100, ["bob", "zed"])
        self.assertUnchanged()

    def test_bad_split_and_weights(self):
        bad_calls = [
            dict(split="thirds"),
            dict(split="equal", weights={"ann": 1, "bob": 1}),
            dict(split="percent", weights={"ann": 50, "bob": 40}),
            dict(split="percent", weights={"ann": 50, "cat": 50}),
            dict(split="percent", weights=None),
            dict(split="weights", weights={"ann": 0, "bob": 0}),
            dict(split="weights", weights={"ann": -1, "bob": 3}),
            dict(split="weights", weights={"ann": 1.5, "bob": 1}),
        ]
        for kwargs in bad_calls:
            with self.assertRaises(ValueError, msg=f"{kwargs} must be rejected"):
                self.ledger.add_expense("ann", 100, ["ann", "bob"], **kwargs)
        self.assertUnchanged()

    def test_bad_payments(self):
        with self.assertRaises(ValueError):
            self.ledger.record_payment("ann", "ann", 10)
        with self.assertRaises(ValueError):
            self.ledger.record_payment("bob", "ann", 0)
        with self.assertRaises(KeyError):
            self.ledger.record_payment("bob", "zed", 10)
        self.assertUnchanged()


class RemoveAndPaymentTests(unittest.TestCase):
    def test_remove_expense_restores_balances(self):
        ledger = group("ann", "bob", "cat")
        ledger.add_expense("bob", 500, ["ann", "cat"])
        eid = ledger.add_expense("ann", 1001, ["ann", "bob", "cat"])
        ledger.remove_expense(eid)
        self.assertEqual(ledger.balances(), {"ann": -250, "bob": 500, "cat": -250})

    def test_remove_twice_or_unknown(self):
        ledger = group("ann", "bob")
        eid = ledger.add_expense("ann", 10, ["bob"])
        ledger.remove_expense(eid)
        with self.assertRaises(KeyError):
            ledger.remove_expense(eid)
        with self.assertRaises(KeyError):
            ledger.remove_expense(42)
        self.assertEqual(ledger.balances(), {"ann": 0, "bob": 0})

    def test_payment_moves_balances(self):
        ledger = group("ann", "bob")
        ledger.add_expense("ann", 1000, ["bob"])
        ledger.record_payment("bob", "ann", 400)
        self.assertEqual(ledger.balances(), {"ann": 600, "bob": -600})

    def test_overpayment_flips_sign(self):
        ledger = group("ann", "bob")
        ledger.add_expense("ann", 100, ["bob"])
        ledger.record_payment("bob", "ann", 150)
        self.assertEqual(ledger.balances(), {"ann": -50, "bob": 50})


class SettleUpTests(unittest.TestCase):
    def apply(self, ledger, plan):
        for debtor, creditor, amount in plan:
            ledger.record_payment(debtor, creditor, amount)

    def test_empty_ledger(self):
        self.assertEqual(group("ann", "bob").settle_up(), [])
        self.assertEqual(Ledger().settle_up(), [])

    def test_settle_up_does_not_record(self):
        ledger = group("ann", "bob")
        ledger.add_expense("ann", 100, ["bob"])
        ledger.settle_up()
        self.assertEqual(ledger.balances(), {"ann": 100, "bob": -100})

    def test_largest_debtor_pays_largest_creditor(self):
        ledger = group("ann", "bob", "cat", "dan")
        ledger.add_expense("ann", 1000, ["cat"])
        ledger.add_expense("bob", 300, ["dan"])
        ledger.add_expense("bob", 400, ["cat"])
        # ann +1000, bob +700, cat -1400, dan -300
        self.assertEqual(ledger.settle_up(), [["cat", "ann", 1000], ["cat", "bob", 400], ["dan", "bob", 300]])

    def test_ties_alphabetical(self):
        ledger = group("zoe", "amy", "max", "bea")
        ledger.add_expense("zoe", 200, ["max", "bea"])
        ledger.add_expense("amy", 200, ["max", "bea"])
        # zoe +200, amy +200, max -200, bea -200
        self.assertEqual(ledger.settle_up(), [["bea", "amy", 200], ["max", "zoe", 200]])

    def test_plan_settles_everything(self):
        rnd = random.Random(11)
        names = [f"m{i:02d}" for i in range(12)]
        ledger = group(*names)
        for _ in range(80):
            people = rnd.sample(names, rnd.randint(1, 6))
            ledger.add_expense(rnd.choice(names), rnd.randint(1, 20_000), people)
        plan = ledger.settle_up()
        self.assertLessEqual(len(plan), len(names) - 1, "each step must zero at least one member")
        self.assertTrue(all(amount > 0 for _, _, amount in plan))
        self.apply(ledger, plan)
        self.assertEqual(set(ledger.balances().values()), {0})

    def test_chain_of_debts(self):
        ledger = group("a", "b", "c")
        ledger.add_expense("a", 100, ["b"])
        ledger.add_expense("b", 100, ["c"])
        self.assertEqual(ledger.settle_up(), [["c", "a", 100]], "b's debts cancel out")


class HistoryTests(unittest.TestCase):
    def test_expenses_of(self):
        ledger = group("ann", "bob", "cat")
        e1 = ledger.add_expense("ann", 100, ["bob"])
        e2 = ledger.add_expense("bob", 100, ["cat"])
        e3 = ledger.add_expense("cat", 100, ["ann", "cat"])
        self.assertEqual(ledger.expenses_of("ann"), [e1, e3])
        self.assertEqual(ledger.expenses_of("bob"), [e1, e2])
        ledger.remove_expense(e1)
        self.assertEqual(ledger.expenses_of("ann"), [e3], "removed expenses are not listed")

    def test_expenses_of_new_member(self):
        self.assertEqual(group("ann").expenses_of("ann"), [])


class ScaleTests(unittest.TestCase):
    def test_many_members_and_expenses(self):
        rnd = random.Random(5)
        names = [f"p{i:03d}" for i in range(150)]
        ledger = group(*names)
        for _ in range(3000):
            people = rnd.sample(names, 5)
            ledger.add_expense(rnd.choice(names), rnd.randint(1, 50_000), people)
        self.assertEqual(sum(ledger.balances().values()), 0)
        plan = ledger.settle_up()
        self.assertLess(len(plan), 150)


if __name__ == "__main__":
    unittest.main()
