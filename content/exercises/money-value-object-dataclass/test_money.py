import unittest
from dataclasses import FrozenInstanceError
from decimal import Decimal

from solution import Money


def eur(x):
    return Money(x, "EUR")


class ConstructionTests(unittest.TestCase):
    def test_amount_is_decimal_to_cents(self):
        self.assertEqual(eur("12.5").amount, Decimal("12.50"))
        self.assertIsInstance(eur(3).amount, Decimal)
        self.assertEqual(eur(Decimal("1.005")).amount, Decimal("1.01"), "round half up")
        self.assertEqual(eur("0.125").amount, Decimal("0.13"))

    def test_float_rejected(self):
        with self.assertRaises(TypeError):
            Money(0.1, "EUR")

    def test_bad_currency(self):
        for code in ("eur", "EURO", "E1R", ""):
            with self.assertRaises(ValueError, msg=f"{code!r} is not a valid code"):
                Money(1, code)

    def test_immutable(self):
        m = eur(1)
        with self.assertRaises(AttributeError):
            m.amount = Decimal(2)
        self.assertTrue(issubclass(FrozenInstanceError, AttributeError))

    def test_hashable_and_equal_values_hash_equal(self):
        self.assertEqual(hash(eur("5")), hash(eur("5.00")))
        self.assertEqual(len({eur("5"), eur("5.00"), eur(6)}), 2)

    def test_str(self):
        self.assertEqual(str(eur("12.5")), "12.50 EUR")
        self.assertEqual(str(Money(-3, "USD")), "-3.00 USD")
        self.assertEqual(str(eur(0)), "0.00 EUR")


class ArithmeticTests(unittest.TestCase):
    def test_add_exact(self):
        self.assertEqual(eur("0.10") + eur("0.20"), eur("0.30"))

    def test_subtract(self):
        self.assertEqual(eur(5) - eur("7.25"), eur("-2.25"))

    def test_mixed_currency_add_raises(self):
        with self.assertRaises(ValueError):
            eur(5) + Money(5, "USD")
        with self.assertRaises(ValueError):
            eur(5) - Money(5, "USD")

    def test_add_non_money_type_error(self):
        with self.assertRaises(TypeError):
            eur(5) + 5
        with self.assertRaises(TypeError):
            eur(5) - Decimal(1)

    def test_sum_of_list(self):
        self.assertEqual(sum([eur("1.10"), eur("2.20"), eur("3.30")]), eur("6.60"))

    def test_multiply(self):
        self.assertEqual(eur(7) * 3, eur(21))
        self.assertEqual(3 * eur(7), eur(21))
        self.assertEqual(eur("10.00") * Decimal("0.175"), eur("1.75"))
        self.assertEqual(eur("0.05") * Decimal("0.5"), eur("0.03"), "round half up to cents")

    def test_multiply_by_float_rejected(self):
        with self.assertRaises(TypeError):
            eur(1) * 1.5
        with self.assertRaises(TypeError):
            1.5 * eur(1)

    def test_negate(self):
        self.assertEqual(-eur("4.20"), eur("-4.20"))

    def test_results_are_money(self):
        self.assertIsInstance(eur(1) + eur(1), Money)
        self.assertIsInstance(eur(1) * 2, Money)


class ComparisonTests(unittest.TestCase):
    def test_equality(self):
        self.assertEqual(eur("5"), eur("5.00"))
        self.assertNotEqual(eur(5), Money(5, "USD"))
        self.assertNotEqual(eur(5), 5)

    def test_ordering(self):
        self.assertLess(eur(5), eur(6))
        self.assertLessEqual(eur(6), eur("6.00"))
        self.assertGreater(eur(-1), eur(-2))
        self.assertGreaterEqual(eur(2), eur(2))
        self.assertEqual(sorted([eur(3), eur(1), eur(2)]), [eur(1), eur(2), eur(3)])

    def test_ordering_mixed_currency_raises(self):
        with self.assertRaises(ValueError):
            eur(1) < Money(2, "USD")

    def test_ordering_non_money_raises(self):
        with self.assertRaises(TypeError):
            eur(1) < 2


class AllocateTests(unittest.TestCase):
    def test_three_way_split(self):
        self.assertEqual(eur(100).allocate([1, 1, 1]), [eur("33.34"), eur("33.33"), eur("33.33")])

    def test_ratios(self):
        self.assertEqual(eur("0.05").allocate([3, 7]), [eur("0.02"), eur("0.03")])
        self.assertEqual(eur(10).allocate([1, 3]), [eur("2.50"), eur("7.50")])

    def test_no_cent_lost(self):
        parts = eur("1000.01").allocate([1, 2, 3, 4, 5, 6, 7])
        self.assertEqual(sum(parts), eur("1000.01"))

    def test_negative_amount_keeps_total(self):
        parts = eur("-1.00").allocate([1, 1, 1])
        self.assertEqual(sum(parts), eur("-1.00"))

    def test_invalid_ratios(self):
        for bad in ([], [1, 0], [2, -1]):
            with self.assertRaises(ValueError):
                eur(1).allocate(bad)


if __name__ == "__main__":
    unittest.main()
