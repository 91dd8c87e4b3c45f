import unittest

from solution import PageIterator, Paginated


class FakeApi:
    """Serves `items` in pages of `size` and logs every requested page number."""

    def __init__(self, items, size):
        self.items, self.size, self.requests = list(items), size, []

    def __call__(self, number):
        self.requests.append(number)
        start = (number - 1) * self.size
        return self.items[start:start + self.size]


class PaginatedTests(unittest.TestCase):
    def test_iterates_all_items_in_order(self):
        api = FakeApi(range(1, 8), 3)
        self.assertEqual(list(Paginated(api, 3)), [1, 2, 3, 4, 5, 6, 7])

    def test_short_last_page_stops_requests(self):
        api = FakeApi(range(7), 3)
        list(Paginated(api, 3))
        self.assertEqual(api.requests, [1, 2, 3], "a short page is the last: do not ask for page 4")

    def test_exact_multiple_needs_empty_page(self):
        api = FakeApi(range(6), 3)
        self.assertEqual(list(Paginated(api, 3)), [0, 1, 2, 3, 4, 5])
        self.assertEqual(api.requests, [1, 2, 3])

    def test_empty_source(self):
        api = FakeApi([], 5)
        self.assertEqual(list(Paginated(api, 5)), [])
        self.assertEqual(api.requests, [1])

    def test_nothing_fetched_on_creation(self):
        api = FakeApi(range(10), 2)
        pages = Paginated(api, 2)
        it = iter(pages)
        self.assertEqual(api.requests, [], "creating the iterable or iterator must not fetch")
        self.assertIsInstance(it, PageIterator)

    def test_lazy_one_page_at_a_time(self):
        api = FakeApi(range(10), 2)
        it = iter(Paginated(api, 2))
        self.assertEqual([next(it), next(it)], [0, 1])
        self.assertEqual(api.requests, [1], "the second page is not needed yet")
        next(it)
        self.assertEqual(api.requests, [1, 2])

    def test_iterable_is_reiterable(self):
        api = FakeApi("abcde", 2)
        pages = Paginated(api, 2)
        self.assertEqual(list(pages), list("abcde"))
        self.assertEqual(list(pages), list("abcde"), "a second loop must start again from page 1")

    def test_independent_iterators(self):
        pages = Paginated(FakeApi(range(5), 2), 2)
        a, b = iter(pages), iter(pages)
        self.assertIsNot(a, b)
        self.assertIsNot(iter(pages), pages, "Paginated must not be its own iterator")
        self.assertEqual(next(a), 0)
        self.assertEqual(next(a), 1)
        self.assertEqual(next(b), 0, "iterators must not share a position")

    def test_iterator_iter_returns_self(self):
        it = iter(Paginated(FakeApi([1], 1), 1))
        self.assertIs(iter(it), it)

    def test_exhausted_stays_exhausted(self):
        api = FakeApi([1, 2], 5)
        it = iter(Paginated(api, 5))
        self.assertEqual(list(it), [1, 2])
        for _ in range(3):
            with self.assertRaises(StopIteration):
                next(it)
        self.assertEqual(api.requests, [1], "no fetch after exhaustion")

    def test_page_size_one(self):
        api = FakeApi("xyz", 1)
        self.assertEqual(list(Paginated(api, 1)), ["x", "y", "z"])
        self.assertEqual(api.requests, [1, 2, 3, 4])

    def test_invalid_page_size(self):
        with self.assertRaises(ValueError):
            Paginated(FakeApi([], 1), 0)

    def test_no_generators_used(self):
        import inspect
        import solution

        for cls in (solution.Paginated, solution.PageIterator):
            for name, member in vars(cls).items():
                if inspect.isfunction(member):
                    self.assertFalse(inspect.isgeneratorfunction(member),
                                     f"{cls.__name__}.{name} must not use yield")

    def test_many_pages(self):
        api = FakeApi(range(50_000), 100)
        self.assertEqual(sum(Paginated(api, 100)), sum(range(50_000)))
        self.assertEqual(len(api.requests), 501)


if __name__ == "__main__":
    unittest.main()
