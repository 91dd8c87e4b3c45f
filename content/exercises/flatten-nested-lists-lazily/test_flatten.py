import types
import unittest

from solution import flatten


class Exploding(list):
    """A list whose iteration fails after `ok` items: reaching past them is an error."""

    def __init__(self, items, ok):
        super().__init__(items)
        self.ok = ok

    def __iter__(self):
        for i, item in enumerate(list.__iter__(self)):
            if i >= self.ok:
                raise AssertionError("flatten read further than it needed to")
            yield item


def deep(n):
    """[[[...[0], 1], 2]..., n]: flattening gives 0, 1, ..., n."""
    x = [0]
    for i in range(1, n + 1):
        x = [x, i]
    return x


class FlattenTests(unittest.TestCase):
    def test_simple_nesting(self):
        self.assertEqual(list(flatten([1, [2, [3, 4]], 5])), [1, 2, 3, 4, 5])

    def test_already_flat(self):
        self.assertEqual(list(flatten([3, 1, 2])), [3, 1, 2])

    def test_empty(self):
        self.assertEqual(list(flatten([])), [])
        self.assertEqual(list(flatten([[], [[]], ()])), [])

    def test_tuples_are_containers(self):
        self.assertEqual(list(flatten((1, (2, [3, (4,)])))), [1, 2, 3, 4])

    def test_strings_and_bytes_are_leaves(self):
        self.assertEqual(list(flatten(["ab", ["c", [b"de"]], ""])), ["ab", "c", b"de", ""])

    def test_other_iterables_are_leaves(self):
        d, s = {"k": [1]}, {1, 2}
        self.assertEqual(list(flatten([d, [s, range(2)]])), [d, s, range(2)])

    def test_none_and_falsy_leaves_kept(self):
        self.assertEqual(list(flatten([None, [0, [False, ""]]])), [None, 0, False, ""])

    def test_is_generator(self):
        result = flatten([1, 2])
        self.assertIs(iter(result), result)
        self.assertEqual(next(result), 1)

    def test_lazy_first_item(self):
        data = Exploding([[1], "never"], ok=1)
        self.assertEqual(next(flatten(data)), 1, "the first leaf must not require reading further")

    def test_deep_nesting_no_recursion_error(self):
        result = list(flatten(deep(50_000)))
        self.assertEqual(len(result), 50_001)
        self.assertEqual(result[:3], [0, 1, 2])
        self.assertEqual(result[-1], 50_000)

    def test_deep_right_nesting(self):
        x = [99]
        for i in range(30_000):
            x = [i, x]
        result = list(flatten(x))
        self.assertEqual(result[0], 29_999)
        self.assertEqual(result[-1], 99)

    def test_subclass_of_list_is_container(self):
        class MyList(list):
            pass

        self.assertEqual(list(flatten(MyList([1, MyList([2])]))), [1, 2])

    def test_many_leaves(self):
        data = [[i, [i + 1]] for i in range(0, 100_000, 2)]
        self.assertEqual(sum(flatten(data)), sum(range(100_000)))


if __name__ == "__main__":
    unittest.main()
