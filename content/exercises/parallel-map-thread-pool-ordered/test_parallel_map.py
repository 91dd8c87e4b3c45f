import threading
import time
import unittest

from solution import parallel_map


def finish_in_reverse(n_items):
    """Return a func where item i may only finish after item i+1 has finished."""
    done = [threading.Event() for _ in range(n_items)]

    def func(i):
        if i + 1 < n_items and not done[i + 1].wait(timeout=0.5):
            raise AssertionError("calls did not run concurrently")
        done[i].set()
        return i * 100

    return func


class ParallelMapTests(unittest.TestCase):
    def setUp(self):
        self.baseline = threading.active_count()

    def test_simple(self):
        self.assertEqual(parallel_map(lambda x: x + 1, [1, 2, 3]), [2, 3, 4])

    def test_empty(self):
        self.assertEqual(parallel_map(str, []), [])

    def test_generator_input(self):
        self.assertEqual(parallel_map(len, (w for w in ["a", "bb", ""])), [1, 2, 0])

    def test_order_preserved_when_finishing_in_reverse(self):
        self.assertEqual(parallel_map(finish_in_reverse(4), range(4), max_workers=4),
                         [0, 100, 200, 300], "results must be in input order")

    def test_calls_run_concurrently(self):
        barrier = threading.Barrier(3)

        def func(x):
            try:
                barrier.wait(timeout=0.5)
            except threading.BrokenBarrierError:
                raise AssertionError("three calls were never running at the same time")
            return x

        self.assertEqual(parallel_map(func, range(3), max_workers=3), [0, 1, 2])

    def test_max_workers_respected(self):
        lock = threading.Lock()
        state = {"now": 0, "peak": 0}

        def func(x):
            with lock:
                state["now"] += 1
                state["peak"] = max(state["peak"], state["now"])
            time.sleep(0.002)
            with lock:
                state["now"] -= 1
            return x

        parallel_map(func, range(12), max_workers=2)
        self.assertLessEqual(state["peak"], 2)

    def test_first_exception_in_input_order(self):
        def func(x):
            time.sleep(0.001 * (5 - x))
            if x in (1, 3):
                raise ValueError(f"bad {x}")
            return x

        with self.assertRaises(ValueError) as ctx:
            parallel_map(func, range(5), max_workers=5)
        self.assertEqual(str(ctx.exception), "bad 1")

    def test_raises_only_after_all_calls_finished(self):
        finished = []

        def func(x):
            if x == 0:
                raise KeyError("first")
            time.sleep(0.002)
            finished.append(x)
            return x

        with self.assertRaises(KeyError):
            parallel_map(func, range(4), max_workers=2)
        self.assertEqual(sorted(finished), [1, 2, 3])

    def test_return_exceptions(self):
        def func(x):
            if x == 2:
                raise LookupError("no 2")
            return x

        try:
            result = parallel_map(func, [1, 2, 3], return_exceptions=True)
        except LookupError:
            self.fail("with return_exceptions=True the error must be returned, not raised")
        self.assertEqual(result[0], 1)
        self.assertIsInstance(result[1], LookupError)
        self.assertEqual(str(result[1]), "no 2")
        self.assertEqual(result[2], 3)

    def test_pool_shut_down(self):
        parallel_map(lambda x: x, range(20), max_workers=6)
        self.assertLessEqual(threading.active_count(), self.baseline,
                             "pool threads must be finished when parallel_map returns")

    def test_invalid_max_workers(self):
        with self.assertRaises(ValueError):
            parallel_map(str, [1], max_workers=0)

    def test_single_worker(self):
        self.assertEqual(parallel_map(lambda s: s * 2, "abc", max_workers=1), ["aa", "bb", "cc"])


if __name__ == "__main__":
    unittest.main()
