import unittest

from solution import memoize


def counting(func):
    """Wrap func so the test can see how often it really runs."""
    def inner(*args, **kwargs):
        inner.calls += 1
        return func(*args, **kwargs)
    inner.calls = 0
    inner.__name__ = func.__name__
    inner.__doc__ = func.__doc__
    return inner


class MemoizeTests(unittest.TestCase):
    def test_second_call_uses_cache(self):
        raw = counting(lambda n: n * n)
        f = memoize(raw)
        self.assertEqual(f(4), 16)
        self.assertEqual(f(4), 16)
        self.assertEqual(raw.calls, 1, "the second identical call must come from the cache")

    def test_different_arguments_are_different_entries(self):
        raw = counting(lambda a, b: a - b)
        f = memoize(raw)
        self.assertEqual(f(5, 3), 2)
        self.assertEqual(f(3, 5), -2)
        self.assertEqual(raw.calls, 2)

    def test_keyword_arguments_are_part_of_key(self):
        raw = counting(lambda base, power=2: base ** power)
        f = memoize(raw)
        self.assertEqual(f(2, power=2), 4)
        self.assertEqual(f(2, power=3), 8, "a different keyword value is a different call")
        self.assertEqual(raw.calls, 2)

    def test_keyword_order_does_not_matter(self):
        raw = counting(lambda a=0, b=0: a * 10 + b)
        f = memoize(raw)
        self.assertEqual(f(a=1, b=2), 12)
        self.assertEqual(f(b=2, a=1), 12)
        self.assertEqual(raw.calls, 1, "f(a=1, b=2) and f(b=2, a=1) must share an entry")

    def test_falsy_results_are_cached(self):
        for value in (None, 0, "", [], False):
            raw = counting(lambda v=value: v)
            f = memoize(raw)
            f()
            self.assertEqual(f(), value)
            self.assertEqual(raw.calls, 1, f"result {value!r} must be cached too")

    def test_exceptions_are_not_cached(self):
        state = {"fail": True}

        def maybe(x):
            if state["fail"]:
                raise RuntimeError("boom")
            return x

        f = memoize(maybe)
        with self.assertRaises(RuntimeError):
            f(1)
        state["fail"] = False
        self.assertEqual(f(1), 1, "a failed call must not leave an entry behind")

    def test_cache_info_counts(self):
        f = memoize(lambda x: x + 1)
        f(1); f(1); f(2); f(1)
        self.assertEqual(f.cache_info(), {"hits": 2, "misses": 2, "size": 2})

    def test_cache_info_counts_failed_call_as_miss(self):
        def boom():
            raise ValueError
        f = memoize(boom)
        with self.assertRaises(ValueError):
            f()
        self.assertEqual(f.cache_info(), {"hits": 0, "misses": 1, "size": 0})

    def test_cache_clear_resets(self):
        raw = counting(lambda x: x)
        f = memoize(raw)
        f(1); f(1)
        f.cache_clear()
        self.assertEqual(f.cache_info(), {"hits": 0, "misses": 0, "size": 0})
        f(1)
        self.assertEqual(raw.calls, 2, "after cache_clear the function must run again")

    def test_separate_caches_per_function(self):
        f = memoize(lambda x: "f")
        g = memoize(lambda x: "g")
        self.assertEqual(f(1), "f")
        self.assertEqual(g(1), "g", "two memoized functions must not share a cache")
        self.assertEqual(g.cache_info()["size"], 1)

    def test_metadata_preserved(self):
        @memoize
        def fib(n):
            """Fibonacci number."""
            return n if n < 2 else fib(n - 1) + fib(n - 2)

        self.assertEqual(fib.__name__, "fib")
        self.assertEqual(fib.__doc__, "Fibonacci number.")
        self.assertTrue(hasattr(fib, "__wrapped__"))

    def test_recursive_function_becomes_fast(self):
        @memoize
        def fib(n):
            return n if n < 2 else fib(n - 1) + fib(n - 2)

        self.assertEqual(fib(90), 2880067194370816120)
        self.assertEqual(fib.cache_info()["misses"], 91)


if __name__ == "__main__":
    unittest.main()
