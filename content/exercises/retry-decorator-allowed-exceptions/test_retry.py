import unittest

from solution import retry


class Flaky:
    """Callable that raises the given exceptions in order, then returns a value."""

    def __init__(self, errors, result="ok"):
        self.errors = list(errors)
        self.calls = 0
        self.result = result

    def __call__(self, *args, **kwargs):
        self.calls += 1
        self.last_args = (args, kwargs)
        if self.errors:
            raise self.errors.pop(0)
        return self.result


class RetryTests(unittest.TestCase):
    def setUp(self):
        self.sleeps = []

    def deco(self, **kw):
        kw.setdefault("sleep", self.sleeps.append)
        return retry(**kw)

    def test_success_first_try_no_sleep(self):
        f = Flaky([])
        wrapped = self.deco(attempts=3, exceptions=(ValueError,), delay=1)(f)
        self.assertEqual(wrapped(), "ok")
        self.assertEqual(f.calls, 1, "a successful first call must not be repeated")
        self.assertEqual(self.sleeps, [], "no sleep when the first call succeeds")

    def test_succeeds_on_third_attempt(self):
        f = Flaky([ValueError("a"), ValueError("b")])
        wrapped = self.deco(attempts=3, exceptions=(ValueError,), delay=0.25)(f)
        self.assertEqual(wrapped(), "ok")
        self.assertEqual(f.calls, 3)
        self.assertEqual(self.sleeps, [0.25, 0.25], "sleep once between each pair of attempts")

    def test_gives_up_and_reraises_last_exception(self):
        first, second = ValueError("first"), ValueError("second")
        f = Flaky([first, second, ValueError("never reached")])
        wrapped = self.deco(attempts=2, exceptions=(ValueError,), delay=1)(f)
        with self.assertRaises(ValueError) as ctx:
            wrapped()
        self.assertIs(ctx.exception, second, "the exception of the last attempt must be raised")
        self.assertEqual(f.calls, 2)

    def test_no_sleep_after_final_attempt(self):
        f = Flaky([OSError()] * 3)
        wrapped = self.deco(attempts=3, exceptions=(OSError,), delay=2)(f)
        with self.assertRaises(OSError):
            wrapped()
        self.assertEqual(self.sleeps, [2, 2], "3 attempts mean exactly 2 sleeps")

    def test_unlisted_exception_propagates_immediately(self):
        f = Flaky([KeyError("k")])
        wrapped = self.deco(attempts=5, exceptions=(ValueError, OSError))(f)
        with self.assertRaises(KeyError):
            wrapped()
        self.assertEqual(f.calls, 1, "an exception outside `exceptions` must not be retried")
        self.assertEqual(self.sleeps, [])

    def test_subclass_of_listed_exception_is_retried(self):
        f = Flaky([ConnectionResetError(), TimeoutError()])
        wrapped = self.deco(attempts=3, exceptions=(OSError,))(f)
        self.assertEqual(wrapped(), "ok", "subclasses of a listed type count as listed")
        self.assertEqual(f.calls, 3)

    def test_attempts_one_means_no_retry(self):
        f = Flaky([ValueError("x")])
        wrapped = self.deco(attempts=1, exceptions=(ValueError,))(f)
        with self.assertRaises(ValueError):
            wrapped()
        self.assertEqual(f.calls, 1)
        self.assertEqual(self.sleeps, [])

    def test_invalid_attempts_raise_value_error(self):
        for bad in (0, -3):
            with self.assertRaises(ValueError, msg=f"retry(attempts={bad}) must raise ValueError"):
                retry(attempts=bad)

    def test_arguments_and_return_value_pass_through(self):
        f = Flaky([ValueError()], result=42)
        wrapped = self.deco(attempts=2, exceptions=(ValueError,))(f)
        self.assertEqual(wrapped(1, 2, key="v"), 42)
        self.assertEqual(f.last_args, ((1, 2), {"key": "v"}))

    def test_metadata_preserved(self):
        @self.deco(attempts=2)
        def download(url):
            """Download a URL."""
            return url

        self.assertEqual(download.__name__, "download")
        self.assertEqual(download.__doc__, "Download a URL.")
        self.assertTrue(hasattr(download, "__wrapped__"), "use functools.wraps")

    def test_default_exceptions_retry_any_exception(self):
        f = Flaky([RuntimeError(), ZeroDivisionError()])
        wrapped = self.deco(attempts=3)(f)
        self.assertEqual(wrapped(), "ok")

    def test_wrapper_is_reusable(self):
        f = Flaky([ValueError(), ValueError(), ValueError()])
        wrapped = self.deco(attempts=2, exceptions=(ValueError,))(f)
        with self.assertRaises(ValueError):
            wrapped()
        self.assertEqual(wrapped(), "ok", "each call gets a fresh set of attempts")
        self.assertEqual(f.calls, 4)


if __name__ == "__main__":
    unittest.main()
