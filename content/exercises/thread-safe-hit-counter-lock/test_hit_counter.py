import threading
import time
import unittest

from solution import HitCounter


class DictStore:
    def __init__(self):
        self.data = {}

    def get(self, key):
        return self.data.get(key)

    def set(self, key, value):
        self.data[key] = value


class SlowStore(DictStore):
    """A store where other threads get a chance to run between get and set."""

    def get(self, key):
        value = self.data.get(key)
        time.sleep(0.0005)
        return value


def run_threads(count, target):
    """Start `count` threads that wait at a barrier, then run target(index); join them all."""
    barrier = threading.Barrier(count)
    errors = []

    def worker(i):
        try:
            barrier.wait(timeout=5)
            target(i)
        except BaseException as exc:  # surface errors from worker threads
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=10)
    return errors


class HitCounterTests(unittest.TestCase):
    def test_single_thread_basics(self):
        c = HitCounter(DictStore())
        self.assertEqual(c.hits("a"), 0)
        self.assertEqual(c.hit("a"), 1)
        self.assertEqual(c.hit("a", 4), 5)
        self.assertEqual(c.hits("a"), 5)
        self.assertEqual(c.hits("b"), 0)

    def test_uses_the_store(self):
        store = DictStore()
        HitCounter(store).hit("k", 3)
        self.assertEqual(store.data, {"k": 3}, "counts must live in the store")
        store.data["k"] = 40
        self.assertEqual(HitCounter(store).hit("k"), 41)

    def test_invalid_n(self):
        c = HitCounter(DictStore())
        for bad in (0, -1, 1.0, True):
            with self.assertRaises(ValueError):
                c.hit("a", bad)

    def test_reset(self):
        c = HitCounter(DictStore())
        c.hit("a", 7)
        self.assertEqual(c.reset("a"), 7)
        self.assertEqual(c.hits("a"), 0)
        self.assertEqual(c.reset("never"), 0)

    def test_hit_if_below_single_thread(self):
        c = HitCounter(DictStore())
        self.assertEqual([c.hit_if_below("a", 2) for _ in range(3)], [True, True, False])
        self.assertEqual(c.hits("a"), 2)
        self.assertFalse(c.hit_if_below("b", 0))

    def test_no_lost_updates_slow_store(self):
        c = HitCounter(SlowStore())
        errors = run_threads(10, lambda i: [c.hit("page") for _ in range(15)])
        self.assertEqual(errors, [])
        self.assertEqual(c.hits("page"), 150, "concurrent hits were lost: the read-modify-write is not locked")

    def test_returned_counts_unique(self):
        c = HitCounter(SlowStore())
        seen = []
        errors = run_threads(8, lambda i: [seen.append(c.hit("k")) for _ in range(10)])
        self.assertEqual(errors, [])
        self.assertEqual(sorted(seen), list(range(1, 81)), "each hit must return a distinct count")

    def test_many_threads_fast_store(self):
        c = HitCounter(DictStore())
        errors = run_threads(8, lambda i: [c.hit("x", 2) for _ in range(2000)])
        self.assertEqual(errors, [])
        self.assertEqual(c.hits("x"), 32000)

    def test_hit_if_below_never_overshoots(self):
        c = HitCounter(SlowStore())
        results = []
        errors = run_threads(12, lambda i: [results.append(c.hit_if_below("slot", 5)) for _ in range(2)])
        self.assertEqual(errors, [])
        self.assertEqual(c.hits("slot"), 5, "the limit was exceeded: check and update must be atomic")
        self.assertEqual(results.count(True), 5)

    def test_reset_loses_no_hits(self):
        c = HitCounter(SlowStore())
        collected = []

        def work(i):
            if i == 0:
                for _ in range(10):
                    collected.append(c.reset("k"))
            else:
                for _ in range(10):
                    c.hit("k")

        errors = run_threads(5, work)
        self.assertEqual(errors, [])
        self.assertEqual(sum(collected) + c.hits("k"), 40, "hits must not vanish around a reset")

    def test_independent_keys_concurrently(self):
        c = HitCounter(SlowStore())
        errors = run_threads(6, lambda i: [c.hit(f"key{i % 2}") for _ in range(10)])
        self.assertEqual(errors, [])
        self.assertEqual((c.hits("key0"), c.hits("key1")), (30, 30))


if __name__ == "__main__":
    unittest.main()
