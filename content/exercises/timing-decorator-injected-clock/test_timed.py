import unittest

from solution import timed


class FakeClock:
    """Returns the given readings one by one and counts how often it was read."""

    def __init__(self, *readings):
        self.readings = list(readings)
        self.reads = 0

    def __call__(self):
        self.reads += 1
        if not self.readings:
            raise AssertionError(f"the clock was read more often than expected ({self.reads} reads)")
        return self.readings.pop(0)


class TimedTests(unittest.TestCase):
    def test_records_single_duration(self):
        reg, clock = {}, FakeClock(1.0, 1.25)

        @timed(reg, clock=clock)
        def work():
            return "done"

        self.assertEqual(work(), "done")
        self.assertEqual(reg, {work.__qualname__: [0.25]})

    def test_durations_accumulate_in_order(self):
        reg, clock = {}, FakeClock(0, 2, 5, 6, 10, 10)

        @timed(reg, clock=clock)
        def work(x):
            return x

        for i in range(3):
            work(i)
        self.assertEqual(reg[work.__qualname__], [2, 1, 0])

    def test_exactly_two_reads_per_call(self):
        reg, clock = {}, FakeClock(0, 1, 1, 3)

        @timed(reg, clock=clock)
        def work():
            pass

        self.assertEqual(clock.reads, 0, "the clock must not be read at decoration time")
        work()
        self.assertEqual(clock.reads, 2)
        work()
        self.assertEqual(clock.reads, 4)

    def test_exception_is_timed_and_propagates(self):
        reg, clock = {}, FakeClock(100, 107)

        @timed(reg, clock=clock)
        def broken():
            raise KeyError("missing")

        with self.assertRaises(KeyError):
            broken()
        self.assertEqual(reg, {broken.__qualname__: [7]}, "a call that raises must be recorded too")

    def test_original_exception_object_is_raised(self):
        reg, err = {}, ValueError("exact")

        @timed(reg, clock=FakeClock(0, 1))
        def broken():
            raise err

        with self.assertRaises(ValueError) as ctx:
            broken()
        self.assertIs(ctx.exception, err)

    def test_shared_registry_separate_keys(self):
        reg, clock = {}, FakeClock(0, 1, 1, 4, 4, 4.5)

        @timed(reg, clock=clock)
        def parse():
            pass

        @timed(reg, clock=clock)
        def render():
            pass

        parse(); render(); parse()
        self.assertEqual(reg, {parse.__qualname__: [1, 0.5], render.__qualname__: [3]})
        self.assertTrue(parse.__qualname__.endswith("parse"), "keep __qualname__ with functools.wraps")

    def test_key_is_qualname_not_name(self):
        reg = {}

        @timed(reg, clock=FakeClock(0, 1))
        def local():
            pass

        local()
        self.assertIn("<locals>", next(iter(reg)), "the key must be __qualname__, not __name__")

    def test_key_is_qualname_for_methods(self):
        reg = {}

        class Service:
            @timed(reg, clock=FakeClock(0, 2))
            def handle(self, x):
                return x + 1

        self.assertEqual(Service().handle(1), 2)
        key = Service.handle.__qualname__
        self.assertEqual(reg, {key: [2]})
        self.assertTrue(key.endswith("Service.handle"))

    def test_arguments_passed_through(self):
        reg = {}

        @timed(reg, clock=FakeClock(0, 0))
        def combine(a, b, *, sep="-"):
            return f"{a}{sep}{b}"

        self.assertEqual(combine("x", "y", sep="+"), "x+y")

    def test_existing_registry_entries_kept(self):
        reg = {}

        def work():
            pass

        reg[work.__qualname__] = [9.0]
        reg["other"] = [1.0]
        work = timed(reg, clock=FakeClock(3, 4))(work)
        work()
        self.assertEqual(reg, {work.__qualname__: [9.0, 1], "other": [1.0]})

    def test_metadata_preserved(self):
        @timed({}, clock=FakeClock())
        def job():
            """A job."""

        self.assertEqual(job.__name__, "job")
        self.assertEqual(job.__doc__, "A job.")
        self.assertTrue(hasattr(job, "__wrapped__"))

    def test_default_clock_works(self):
        reg = {}

        @timed(reg)
        def quick():
            return 1

        quick()
        self.assertEqual(list(reg), [quick.__qualname__])
        self.assertEqual(len(reg[quick.__qualname__]), 1)
        self.assertGreaterEqual(reg[quick.__qualname__][0], 0)


if __name__ == "__main__":
    unittest.main()
