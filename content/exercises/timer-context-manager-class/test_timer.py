import unittest

from solution import Timer


class FakeClock:
    def __init__(self, *readings):
        self.readings = list(readings)
        self.reads = 0

    def __call__(self):
        self.reads += 1
        if not self.readings:
            raise AssertionError("the clock was read more often than needed")
        return self.readings.pop(0)


class TimerTests(unittest.TestCase):
    def test_enter_returns_timer(self):
        t = Timer(clock=FakeClock(0, 1))
        with t as bound:
            self.assertIs(bound, t)

    def test_measures_block(self):
        with Timer(clock=FakeClock(2.0, 3.5)) as t:
            pass
        self.assertEqual(t.elapsed, 1.5)

    def test_elapsed_before_first_block(self):
        clock = FakeClock()
        t = Timer(clock=clock)
        self.assertEqual(t.elapsed, 0.0)
        self.assertFalse(t.running)
        self.assertEqual(clock.reads, 0)

    def test_elapsed_while_running(self):
        clock = FakeClock(10, 12, 13, 20)
        with Timer(clock=clock) as t:
            self.assertTrue(t.running)
            self.assertEqual(t.elapsed, 2)
            self.assertEqual(t.elapsed, 3)
        self.assertEqual(t.elapsed, 10)

    def test_elapsed_frozen_after_block(self):
        clock = FakeClock(0, 4)
        with Timer(clock=clock) as t:
            pass
        reads = clock.reads
        self.assertEqual(t.elapsed, 4)
        self.assertEqual(t.elapsed, 4)
        self.assertEqual(clock.reads, reads, "reading elapsed after the block must not use the clock")
        self.assertFalse(t.running)

    def test_exactly_two_reads_per_block(self):
        clock = FakeClock(0, 1)
        with Timer(clock=clock):
            pass
        self.assertEqual(clock.reads, 2)

    def test_history_and_reuse(self):
        t = Timer(clock=FakeClock(0, 1, 5, 7, 7, 7.25))
        for _ in range(3):
            with t:
                pass
        self.assertEqual(t.history, [1, 2, 0.25])
        self.assertEqual(t.elapsed, 0.25)

    def test_exception_propagates_and_is_timed(self):
        t = Timer(clock=FakeClock(1, 4))
        with self.assertRaises(ZeroDivisionError):
            with t:
                1 / 0
        self.assertEqual(t.history, [3])
        self.assertFalse(t.running, "the timer must stop even when the block raises")

    def test_exit_does_not_suppress(self):
        t = Timer(clock=FakeClock(0, 1))
        t.__enter__()
        self.assertFalse(t.__exit__(ValueError, ValueError("x"), None))

    def test_reentering_running_timer_fails(self):
        t = Timer(clock=FakeClock(0, 1, 2))
        with t:
            with self.assertRaises(RuntimeError):
                with t:
                    pass
        self.assertEqual(len(t.history), 1)

    def test_elapsed_is_read_only(self):
        t = Timer(clock=FakeClock())
        with self.assertRaises(AttributeError):
            t.elapsed = 5

    def test_default_clock(self):
        with Timer() as t:
            sum(range(1000))
        self.assertGreaterEqual(t.elapsed, 0)
        self.assertEqual(len(t.history), 1)


if __name__ == "__main__":
    unittest.main()
