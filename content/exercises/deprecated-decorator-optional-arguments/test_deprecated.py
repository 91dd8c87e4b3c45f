import unittest
import warnings

from solution import deprecated


def calls_with_warnings(func, *args, **kwargs):
    """Run func and return (result, list of caught warnings)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = func(*args, **kwargs)
    return result, caught


def only_message(test, caught):
    """Assert exactly one warning was caught and return its message text."""
    test.assertEqual(len(caught), 1, f"expected exactly one warning per call, got {len(caught)}")
    return str(caught[0].message)


class DeprecatedTests(unittest.TestCase):
    def test_bare_decorator_returns_result(self):
        @deprecated
        def old(x):
            return x + 1

        result, caught = calls_with_warnings(old, 1)
        self.assertEqual(result, 2, "bare @deprecated must still call the function")
        self.assertEqual(len(caught), 1)

    def test_bare_decorator_message_and_category(self):
        @deprecated
        def old():
            return None

        _, caught = calls_with_warnings(old)
        self.assertEqual(only_message(self, caught), f"{old.__qualname__} is deprecated")
        self.assertIs(caught[0].category, DeprecationWarning)

    def test_empty_parentheses(self):
        @deprecated()
        def old():
            return "v"

        result, caught = calls_with_warnings(old)
        self.assertEqual(result, "v")
        self.assertEqual(only_message(self, caught), f"{old.__qualname__} is deprecated")

    def test_since_only(self):
        @deprecated(since="2.0")
        def old():
            pass

        _, caught = calls_with_warnings(old)
        self.assertEqual(only_message(self, caught), f"{old.__qualname__} is deprecated since 2.0")

    def test_reason_only(self):
        @deprecated(reason="use new()")
        def old():
            pass

        _, caught = calls_with_warnings(old)
        self.assertEqual(only_message(self, caught), f"{old.__qualname__} is deprecated: use new()")

    def test_since_and_reason(self):
        @deprecated(since="3.1", reason="use fetch()")
        def get():
            pass

        _, caught = calls_with_warnings(get)
        self.assertEqual(only_message(self, caught),
                         f"{get.__qualname__} is deprecated since 3.1: use fetch()")

    def test_no_warning_at_definition(self):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")

            @deprecated(since="1.0")
            def old():
                pass

        self.assertEqual(caught, [], "defining a deprecated function must not warn")

    def test_warns_on_every_call(self):
        @deprecated
        def old():
            pass

        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            old(); old(); old()
        self.assertEqual(len(caught), 3, "each call must warn")

    def test_warning_points_at_caller(self):
        @deprecated
        def old():
            pass

        _, caught = calls_with_warnings(old)
        only_message(self, caught)
        self.assertEqual(caught[0].filename, __file__,
                         "use stacklevel=2 so the warning points at the calling code")

    def test_arguments_pass_through(self):
        @deprecated(reason="x")
        def join(*parts, sep=","):
            return sep.join(parts)

        result, _ = calls_with_warnings(join, "a", "b", sep="+")
        self.assertEqual(result, "a+b")

    def test_metadata_preserved(self):
        @deprecated(since="1")
        def documented():
            """Old docs."""

        self.assertEqual(documented.__name__, "documented")
        self.assertEqual(documented.__doc__, "Old docs.")
        self.assertTrue(hasattr(documented, "__wrapped__"))

    def test_method_uses_qualname(self):
        class Client:
            @deprecated
            def send(self):
                return "sent"

        result, caught = calls_with_warnings(Client().send)
        self.assertEqual(result, "sent")
        self.assertTrue(only_message(self, caught).endswith("Client.send is deprecated"))


if __name__ == "__main__":
    unittest.main()
