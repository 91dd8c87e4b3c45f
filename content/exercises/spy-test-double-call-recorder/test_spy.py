import unittest

from solution import Call, Spy


class SpyTests(unittest.TestCase):
    def test_default_returns_none_and_records(self):
        spy = Spy()
        self.assertIsNone(spy(1, k="v"))
        self.assertEqual(spy.calls, [Call((1,), {"k": "v"})])
        self.assertEqual(spy.results, [("return", None)])

    def test_return_value(self):
        spy = Spy(return_value=7)
        self.assertEqual([spy(), spy()], [7, 7])

    def test_call_count_and_called(self):
        spy = Spy()
        self.assertFalse(spy.called)
        self.assertEqual(spy.call_count, 0)
        spy(); spy()
        self.assertTrue(spy.called)
        self.assertEqual(spy.call_count, 2)
        with self.assertRaises(AttributeError):
            spy.call_count = 10

    def test_wraps_real_function(self):
        spy = Spy(lambda x, y=1: x * y)
        self.assertEqual(spy(3, y=4), 12)
        self.assertEqual(spy.calls, [Call((3,), {"y": 4})])

    def test_side_effect_exception_instance(self):
        err = ValueError("boom")
        spy = Spy(side_effect=err)
        with self.assertRaises(ValueError) as ctx:
            spy("x")
        self.assertIs(ctx.exception, err)
        self.assertEqual(spy.calls, [Call(("x",), {})], "a call that raises must be recorded")
        self.assertEqual(spy.results, [("raise", err)])

    def test_side_effect_exception_class(self):
        spy = Spy(side_effect=KeyError)
        with self.assertRaises(KeyError):
            spy()
        self.assertEqual(spy.results[0][0], "raise")
        self.assertIsInstance(spy.results[0][1], KeyError)

    def test_side_effect_sequence(self):
        spy = Spy(side_effect=[True, ConnectionError("down"), False])
        self.assertTrue(spy("a"))
        with self.assertRaises(ConnectionError):
            spy("b")
        self.assertFalse(spy("c"))
        with self.assertRaises(StopIteration):
            spy("d")
        self.assertEqual(spy.call_count, 4)
        self.assertEqual([kind for kind, _ in spy.results], ["return", "raise", "return", "raise"])

    def test_side_effect_generator(self):
        spy = Spy(side_effect=(n * n for n in range(3)))
        self.assertEqual([spy(), spy(), spy()], [0, 1, 4])

    def test_side_effect_callable_beats_wrapped(self):
        spy = Spy(lambda: "wrapped", side_effect=lambda: "effect")
        self.assertEqual(spy(), "effect")

    def test_side_effect_callable_gets_arguments(self):
        spy = Spy(side_effect=lambda a, b=0: a - b)
        self.assertEqual(spy(10, b=3), 7)

    def test_assert_called_with_checks_last_call(self):
        spy = Spy()
        spy(1); spy(2)
        spy.assert_called_with(2)
        with self.assertRaises(AssertionError):
            spy.assert_called_with(1)

    def test_assert_called_with_keywords_matter(self):
        spy = Spy()
        spy(1, flag=True)
        with self.assertRaises(AssertionError):
            spy.assert_called_with(1)
        spy.assert_called_with(1, flag=True)

    def test_assert_called_with_no_calls(self):
        with self.assertRaises(AssertionError):
            Spy().assert_called_with()

    def test_assert_called_once_with(self):
        spy = Spy()
        spy("x")
        spy.assert_called_once_with("x")
        spy("x")
        with self.assertRaises(AssertionError):
            spy.assert_called_once_with("x")

    def test_assert_not_called_and_any_call(self):
        spy = Spy()
        spy.assert_not_called()
        spy("a"); spy("b", n=1)
        with self.assertRaises(AssertionError):
            spy.assert_not_called()
        spy.assert_any_call("a")
        spy.assert_any_call("b", n=1)
        with self.assertRaises(AssertionError):
            spy.assert_any_call("c")

    def test_reset_keeps_configuration(self):
        spy = Spy(side_effect=[1, 2, 3])
        spy(); spy()
        spy.reset()
        self.assertEqual((spy.calls, spy.results, spy.call_count), ([], [], 0))
        self.assertEqual(spy(), 3, "reset must not restart the side_effect sequence")
        with self.assertRaises(StopIteration):
            spy()

    def test_usable_as_dependency(self):
        def notify(users, send):
            for user in users:
                if user.endswith("!"):
                    continue
                send(user, subject="hi")

        send = Spy(return_value=True)
        notify(["ann", "bob!", "cat"], send)
        self.assertEqual(send.calls, [Call(("ann",), {"subject": "hi"}), Call(("cat",), {"subject": "hi"})])


if __name__ == "__main__":
    unittest.main()
