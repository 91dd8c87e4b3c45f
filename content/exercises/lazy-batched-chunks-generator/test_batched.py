import itertools
import types
import unittest

from solution import batched


class Source:
    """An iterator that counts how many items were pulled and refuses to go past `limit`."""

    def __init__(self, n, limit=None):
        self.n, self.limit, self.pulled = n, limit, 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pulled >= self.n:
            raise StopIteration
        if self.limit is not None and self.pulled >= self.limit:
            raise AssertionError(f"read more than {self.limit} items from the input")
        self.pulled += 1
        return self.pulled - 1


class BatchedTests(unittest.TestCase):
    def test_even_split(self):
        self.assertEqual(list(batched([1, 2, 3, 4], 2)), [[1, 2], [3, 4]])

    def test_trailing_partial_batch(self):
        self.assertEqual(list(batched([1, 2, 3, 4, 5], 2)), [[1, 2], [3, 4], [5]])

    def test_size_larger_than_input(self):
        self.assertEqual(list(batched([7, 8], 10)), [[7, 8]])

    def test_size_one(self):
        self.assertEqual(list(batched("abc", 1)), [["a"], ["b"], ["c"]])

    def test_empty_input(self):
        self.assertEqual(list(batched([], 3)), [])
        self.assertEqual(list(batched(iter(()), 1)), [])

    def test_batches_are_lists(self):
        for batch in batched(range(5), 2):
            self.assertIsInstance(batch, list)

    def test_returns_iterator(self):
        result = batched([1, 2, 3], 2)
        self.assertIs(iter(result), result, "batched must return an iterator")
        self.assertEqual(next(result), [1, 2])

    def test_endless_stream(self):
        stream = batched(Source(float("inf"), limit=6), 3)
        self.assertEqual(next(stream), [0, 1, 2])
        self.assertEqual(next(stream), [3, 4, 5])

    def test_reads_only_what_is_needed(self):
        src = Source(100, limit=4)
        stream = batched(src, 4)
        self.assertEqual(next(stream), [0, 1, 2, 3])
        self.assertEqual(src.pulled, 4, "the first batch of 4 must read exactly 4 items")

    def test_nothing_read_before_first_batch(self):
        src = Source(10, limit=0)
        batched(src, 3)
        self.assertEqual(src.pulled, 0, "creating the iterator must not read the input")

    def test_generator_input(self):
        gen = (x * x for x in range(7))
        self.assertEqual(list(batched(gen, 3)), [[0, 1, 4], [9, 16, 25], [36]])

    def test_invalid_size_raises_at_call(self):
        for bad in (0, -1):
            with self.assertRaises(ValueError, msg=f"batched(x, {bad}) must raise at once"):
                batched([1, 2, 3], bad)

    def test_large_input(self):
        total = sum(len(b) for b in batched(range(1_000_000), 1000))
        self.assertEqual(total, 1_000_000)


if __name__ == "__main__":
    unittest.main()
