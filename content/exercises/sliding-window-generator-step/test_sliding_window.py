import itertools
import unittest

from solution import sliding_window


def counted(n, limit):
    """Yield 0..n-1 but fail if more than `limit` items are requested."""
    for i in range(n):
        if i >= limit:
            raise AssertionError(f"read more than {limit} items")
        yield i


class SlidingWindowTests(unittest.TestCase):
    def test_basic_windows(self):
        self.assertEqual(list(sliding_window([1, 2, 3, 4, 5], 3)),
                         [(1, 2, 3), (2, 3, 4), (3, 4, 5)])

    def test_size_equals_length(self):
        self.assertEqual(list(sliding_window([1, 2, 3], 3)), [(1, 2, 3)])

    def test_too_short_input(self):
        self.assertEqual(list(sliding_window([1, 2], 3)), [])
        self.assertEqual(list(sliding_window([], 1)), [])

    def test_size_one(self):
        self.assertEqual(list(sliding_window("ab", 1)), [("a",), ("b",)])

    def test_step_two(self):
        self.assertEqual(list(sliding_window("abcdefg", 3, step=2)),
                         [("a", "b", "c"), ("c", "d", "e"), ("e", "f", "g")])

    def test_incomplete_step_stops(self):
        self.assertEqual(list(sliding_window("abcdef", 3, step=2)),
                         [("a", "b", "c"), ("c", "d", "e")])

    def test_step_larger_than_size(self):
        self.assertEqual(list(sliding_window([1, 2, 3, 4, 5, 6], 2, 3)), [(1, 2), (4, 5)])
        self.assertEqual(list(sliding_window(range(10), 2, 4)), [(0, 1), (4, 5), (8, 9)])

    def test_windows_are_independent_tuples(self):
        windows = list(sliding_window(range(4), 2))
        self.assertEqual(windows, [(0, 1), (1, 2), (2, 3)],
                         "earlier windows must not change when the window slides")
        self.assertTrue(all(type(w) is tuple for w in windows))

    def test_generator_input(self):
        gen = (c.upper() for c in "wxyz")
        self.assertEqual(list(sliding_window(gen, 2)), [("W", "X"), ("X", "Y"), ("Y", "Z")])

    def test_lazy_first_window(self):
        it = sliding_window(counted(100, limit=3), 3)
        self.assertEqual(next(it), (0, 1, 2), "the first window must read exactly `size` items")

    def test_endless_stream(self):
        it = sliding_window(counted(10**9, limit=12), 2, step=5)
        self.assertEqual(list(itertools.islice(it, 3)), [(0, 1), (5, 6), (10, 11)])

    def test_invalid_arguments_raise_at_call(self):
        for args in ((0,), (-2,), (2, 0), (2, -1)):
            with self.assertRaises(ValueError, msg=f"sliding_window(x, *{args}) must raise"):
                sliding_window([1, 2, 3], *args)

    def test_moving_sum_large(self):
        sums = [sum(w) for w in sliding_window(range(100_000), 4)]
        self.assertEqual(len(sums), 99_997)
        self.assertEqual(sums[0], 6)
        self.assertEqual(sums[-1], sum(range(99_996, 100_000)))


if __name__ == "__main__":
    unittest.main()
