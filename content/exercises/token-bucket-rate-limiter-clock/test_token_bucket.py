import unittest

from solution import TokenBucket


class FakeClock:
    def __init__(self, start=0.0):
        self.now = start

    def __call__(self):
        return self.now


class TokenBucketTests(unittest.TestCase):
    def make(self, capacity, rate, start=0.0):
        self.clock = FakeClock(start)
        return TokenBucket(capacity, rate, clock=self.clock)

    def test_starts_full_and_allows_burst(self):
        b = self.make(3, 1)
        self.assertEqual([b.allow() for _ in range(4)], [True, True, True, False])

    def test_refill_over_time(self):
        b = self.make(2, 1)
        b.allow(); b.allow()
        self.assertFalse(b.allow())
        self.clock.now = 1.0
        self.assertTrue(b.allow())
        self.assertFalse(b.allow())

    def test_fractional_refill_accumulates(self):
        b = self.make(3, 0.5)
        for _ in range(3):
            b.allow()
        self.clock.now = 1.0
        self.assertFalse(b.allow(), "only 0.5 tokens after 1 second")
        self.clock.now = 2.0
        self.assertTrue(b.allow(), "the half token from the first second must not be lost")

    def test_many_small_steps(self):
        b = self.make(1, 4)
        b.allow()
        allowed = 0
        for step in range(1, 41):
            self.clock.now = step * 0.125
            allowed += b.allow()
        self.assertEqual(allowed, 20, "5 seconds at 4 tokens/s is 20 requests")

    def test_capped_at_capacity(self):
        b = self.make(3, 2)
        b.allow(3)
        self.clock.now = 1000
        self.assertEqual(b.available(), 3.0)
        self.assertEqual([b.allow() for _ in range(4)], [True, True, True, False])

    def test_available_is_float_and_refilled(self):
        b = self.make(4, 0.25)
        b.allow(4)
        self.clock.now = 2
        self.assertIsInstance(b.available(), float)
        self.assertAlmostEqual(b.available(), 0.5)

    def test_denied_request_spends_nothing(self):
        b = self.make(5, 1)
        b.allow(4)
        self.assertFalse(b.allow(2))
        self.assertAlmostEqual(b.available(), 1.0)
        self.assertTrue(b.allow(1))

    def test_multi_token_requests(self):
        b = self.make(10, 1)
        self.assertTrue(b.allow(7))
        self.assertFalse(b.allow(4))
        self.assertTrue(b.allow(3))

    def test_wait_time(self):
        b = self.make(3, 0.5)
        self.assertEqual(b.wait_time(), 0.0)
        b.allow(3)
        self.assertAlmostEqual(b.wait_time(), 2.0)
        self.assertAlmostEqual(b.wait_time(2), 4.0)
        self.clock.now = 1.5
        self.assertAlmostEqual(b.wait_time(), 0.5)
        self.assertAlmostEqual(b.available(), 0.75, msg="wait_time must not spend tokens")

    def test_wait_time_then_allow(self):
        b = self.make(2, 0.25)
        b.allow(2)
        self.clock.now += b.wait_time(2)
        self.assertTrue(b.allow(2))

    def test_invalid_arguments(self):
        for cap, rate in ((0, 1), (1, 0), (-1, 1)):
            with self.assertRaises(ValueError):
                TokenBucket(cap, rate, clock=FakeClock())
        b = self.make(3, 1)
        for bad in (0, -1, 4):
            with self.assertRaises(ValueError):
                b.allow(bad)
            with self.assertRaises(ValueError):
                b.wait_time(bad)

    def test_clock_going_backwards(self):
        b = self.make(2, 1, start=10.0)
        b.allow(2)
        self.clock.now = 5.0
        self.assertAlmostEqual(b.available(), 0.0)
        self.clock.now = 11.0
        self.assertAlmostEqual(b.available(), 1.0, msg="a backwards jump must not add or remove tokens")

    def test_clock_starts_at_arbitrary_value(self):
        b = self.make(1, 1, start=12345.0)
        self.assertTrue(b.allow())
        self.assertFalse(b.allow())
        self.clock.now = 12346.0
        self.assertTrue(b.allow())


if __name__ == "__main__":
    unittest.main()
