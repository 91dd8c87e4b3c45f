import unittest
from datetime import date, timedelta

from solution import (LibraryError, Library, LimitReached, MemberBlocked, NotAvailable,
                      RenewalRefused)

D = date(2024, 3, 1)


def day(n):
    """The date n days after 2024-03-01."""
    return D + timedelta(days=n)


def library():
    lib = Library()
    lib.add_book("dune", "Dune", copies=1)
    lib.add_book("emma", "Emma", copies=2)
    for isbn in ("b1", "b2", "b3", "b4"):
        lib.add_book(isbn, isbn.upper())
    lib.add_member("ann")
    lib.add_member("bob", tier="premium")
    lib.add_member("cat")
    return lib


class CatalogueTests(unittest.TestCase):
    def test_add_book_and_available(self):
        lib = library()
        self.assertEqual(lib.available("emma"), 2)

    def test_add_copies_to_existing_isbn(self):
        lib = library()
        lib.add_book("emma", "ignored", copies=3)
        self.assertEqual(lib.available("emma"), 5)

    def test_invalid_copies(self):
        lib = Library()
        for bad in (0, -1, 1.0, True):
            with self.assertRaises(ValueError):
                lib.add_book("x", "X", copies=bad)

    def test_members_validation(self):
        lib = library()
        with self.assertRaises(ValueError):
            lib.add_member("ann")
        with self.assertRaises(ValueError):
            lib.add_member("dan", tier="gold")

    def test_unknown_ids(self):
        lib = library()
        for call in (lambda: lib.available("nope"), lambda: lib.checkout("zed", "dune", D),
                     lambda: lib.checkout("ann", "nope", D), lambda: lib.fines("zed"),
                     lambda: lib.loans("zed"), lambda: lib.reserve("ann", "nope")):
            with self.assertRaises(KeyError):
                call()

    def test_exception_hierarchy(self):
        for exc in (NotAvailable, LimitReached, MemberBlocked, RenewalRefused):
            self.assertTrue(issubclass(exc, LibraryError))


class CheckoutTests(unittest.TestCase):
    def test_due_dates_by_tier(self):
        lib = library()
        self.assertEqual(lib.checkout("ann", "emma", D), date(2024, 3, 15))
        self.assertEqual(lib.checkout("bob", "emma", D), date(2024, 3, 29))

    def test_checkout_reduces_availability(self):
        lib = library()
        lib.checkout("ann", "emma", D)
        self.assertEqual(lib.available("emma"), 1)

    def test_not_available(self):
        lib = library()
        lib.checkout("ann", "dune", D)
        with self.assertRaises(NotAvailable):
            lib.checkout("bob", "dune", D)

    def test_same_book_twice(self):
        lib = library()
        lib.checkout("ann", "emma", D)
        with self.assertRaises(LibraryError) as ctx:
            lib.checkout("ann", "emma", D)
        self.assertNotIsInstance(ctx.exception, NotAvailable)

    def test_standard_limit(self):
        lib = library()
        for isbn in ("b1", "b2", "b3"):
            lib.checkout("ann", isbn, D)
        with self.assertRaises(LimitReached):
            lib.checkout("ann", "b4", D)
        self.assertEqual(lib.available("b4"), 1, "a refused checkout changes nothing")

    def test_premium_limit_is_higher(self):
        lib = library()
        for isbn in ("b1", "b2", "b3", "b4"):
            lib.checkout("bob", isbn, D)
        self.assertEqual(len(lib.loans("bob")), 4)

    def test_blocked_by_overdue_loan(self):
        lib = library()
        lib.checkout("ann", "b1", D)                 # due day 14
        try:
            lib.checkout("ann", "b2", day(14))
        except MemberBlocked:
            self.fail("a loan is not overdue on its due date")
        with self.assertRaises(MemberBlocked):
            lib.checkout("ann", "b3", day(15))

    def test_blocked_by_fines(self):
        lib = library()
        lib.checkout("ann", "b1", D)
        self.assertEqual(lib.return_book("ann", "b1", day(34)), 500)
        with self.assertRaises(MemberBlocked):
            lib.checkout("ann", "b2", day(34))
        lib.pay("ann", 1)
        lib.checkout("ann", "b2", day(34))

    def test_check_order_blocked_before_limit(self):
        lib = library()
        for isbn in ("b1", "b2", "b3"):
            lib.checkout("ann", isbn, D)
        with self.assertRaises(MemberBlocked):
            lib.checkout("ann", "b4", day(20))

    def test_check_order_limit_before_availability(self):
        lib = library()
        lib.checkout("cat", "dune", D)
        for isbn in ("b1", "b2", "b3"):
            lib.checkout("ann", isbn, D)
        with self.assertRaises(LimitReached):
            lib.checkout("ann", "dune", D)


class ReturnAndFineTests(unittest.TestCase):
    def test_on_time_return(self):
        lib = library()
        lib.checkout("ann", "dune", D)
        self.assertEqual(lib.return_book("ann", "dune", day(14)), 0)
        self.assertEqual(lib.available("dune"), 1)
        self.assertEqual(lib.fines("ann"), 0)

    def test_late_fine(self):
        lib = library()
        lib.checkout("ann", "dune", D)
        self.assertEqual(lib.return_book("ann", "dune", day(18)), 100)
        self.assertEqual(lib.fines("ann"), 100)

    def test_fine_cap(self):
        lib = library()
        lib.checkout("ann", "dune", D)
        self.assertEqual(lib.return_book("ann", "dune", day(200)), 1000)

    def test_fines_accumulate(self):
        lib = library()
        lib.checkout("ann", "b1", D)
        lib.checkout("ann", "b2", D)
        lib.return_book("ann", "b1", day(16))
        lib.return_book("ann", "b2", day(17))
        self.assertEqual(lib.fines("ann"), 50 + 75)

    def test_return_without_loan(self):
        lib = library()
        with self.assertRaises(LibraryError):
            lib.return_book("ann", "dune", D)

    def test_pay(self):
        lib = library()
        lib.checkout("ann", "dune", D)
        lib.return_book("ann", "dune", day(20))
        self.assertEqual(lib.pay("ann", 50), 100)
        for bad in (0, 101, -5, 2.5):
            with self.assertRaises(ValueError):
                lib.pay("ann", bad)
        self.assertEqual(lib.pay("ann", 100), 0)


class RenewalTests(unittest.TestCase):
    def test_renew_extends_from_due_date(self):
        lib = library()
        lib.checkout("ann", "dune", D)
        self.assertEqual(lib.renew("ann", "dune", day(3)), date(2024, 3, 29))
        self.assertEqual(lib.loans("ann"), [("dune", date(2024, 3, 29))])

    def test_renew_on_due_date_allowed(self):
        lib = library()
        lib.checkout("bob", "dune", D)
        try:
            self.assertEqual(lib.renew("bob", "dune", day(28)), day(56))
        except RenewalRefused:
            self.fail("a loan can be renewed on its due date: it is not overdue yet")

    def test_renew_overdue_refused(self):
        lib = library()
        lib.checkout("ann", "dune", D)
        with self.assertRaises(RenewalRefused):
            lib.renew("ann", "dune", day(15))

    def test_at_most_two_renewals(self):
        lib = library()
        lib.checkout("ann", "dune", D)
        lib.renew("ann", "dune", D)
        lib.renew("ann", "dune", D)
        with self.assertRaises(RenewalRefused):
            lib.renew("ann", "dune", D)
        self.assertEqual(lib.loans("ann"), [("dune", day(42))])

    def test_renew_refused_when_reserved(self):
        lib = library()
        lib.checkout("ann", "dune", D)
        lib.reserve("bob", "dune")
        with self.assertRaises(RenewalRefused):
            lib.renew("ann", "dune", day(3))

    def test_renew_without_loan(self):
        with self.assertRaises(LibraryError):
            library().renew("ann", "dune", D)


class ReservationTests(unittest.TestCase):
    def test_readme_example(self):
        lib = Library()
        lib.add_book("978-0", "Dune", copies=1)
        lib.add_member("ann")
        lib.add_member("bob", tier="premium")
        self.assertEqual(lib.checkout("ann", "978-0", date(2024, 3, 1)), date(2024, 3, 15))
        self.assertEqual(lib.reserve("bob", "978-0"), 1)
        with self.assertRaises(RenewalRefused):
            lib.renew("ann", "978-0", date(2024, 3, 10))
        self.assertEqual(lib.return_book("ann", "978-0", date(2024, 3, 19)), 100)
        self.assertEqual(lib.available("978-0"), 0)
        self.assertEqual(lib.checkout("bob", "978-0", date(2024, 3, 20)), date(2024, 4, 17))

    def test_reserve_when_available_refused(self):
        with self.assertRaises(LibraryError):
            library().reserve("ann", "dune")

    def test_queue_positions_and_duplicates(self):
        lib = library()
        lib.checkout("ann", "dune", D)
        self.assertEqual(lib.reserve("bob", "dune"), 1)
        self.assertEqual(lib.reserve("cat", "dune"), 2)
        with self.assertRaises(LibraryError):
            lib.reserve("bob", "dune")
        with self.assertRaises(LibraryError):
            lib.reserve("ann", "dune")

    def test_held_copy_only_for_first_in_queue(self):
        lib = library()
        lib.add_member("dan")
        lib.checkout("ann", "dune", D)
        lib.reserve("bob", "dune")
        lib.reserve("cat", "dune")
        lib.return_book("ann", "dune", day(5))
        with self.assertRaises(NotAvailable):
            lib.checkout("dan", "dune", day(5))
        with self.assertRaises(NotAvailable):
            lib.checkout("cat", "dune", day(5))
        lib.checkout("bob", "dune", day(5))
        self.assertEqual(lib.reserve("dan", "dune"), 2, "bob left the queue when borrowing")

    def test_cancel_reservation_frees_copy(self):
        lib = library()
        lib.checkout("ann", "dune", D)
        lib.reserve("bob", "dune")
        lib.return_book("ann", "dune", day(2))
        self.assertEqual(lib.available("dune"), 0)
        lib.cancel_reservation("bob", "dune")
        self.assertEqual(lib.available("dune"), 1)
        with self.assertRaises(LibraryError):
            lib.cancel_reservation("bob", "dune")

    def test_two_copies_two_waiters(self):
        lib = library()
        lib.checkout("ann", "emma", D)
        lib.checkout("cat", "emma", D)
        lib.reserve("bob", "emma")
        lib.add_member("dan")
        lib.reserve("dan", "emma")
        lib.return_book("ann", "emma", day(1))
        with self.assertRaises(NotAvailable):
            lib.checkout("dan", "emma", day(1))
        lib.return_book("cat", "emma", day(1))
        lib.checkout("dan", "emma", day(1))
        self.assertEqual(lib.available("emma"), 0, "the other copy is still held for bob")


class ReportTests(unittest.TestCase):
    def test_loans_sorted(self):
        lib = library()
        lib.checkout("bob", "b3", day(2))
        lib.checkout("bob", "b2", D)
        lib.checkout("bob", "b1", day(2))
        self.assertEqual(lib.loans("bob"), [("b2", day(28)), ("b1", day(30)), ("b3", day(30))])
        self.assertEqual(lib.loans("cat"), [])

    def test_overdue_report(self):
        lib = library()
        lib.checkout("ann", "b1", D)          # due day 14
        lib.checkout("cat", "b2", day(2))     # due day 16
        lib.checkout("cat", "emma", D)        # due day 14
        lib.checkout("bob", "b3", D)          # due day 28
        self.assertEqual(lib.overdue(day(14)), [])
        self.assertEqual(lib.overdue(day(20)), [("ann", "b1", 6), ("cat", "emma", 6), ("cat", "b2", 4)])


if __name__ == "__main__":
    unittest.main()
