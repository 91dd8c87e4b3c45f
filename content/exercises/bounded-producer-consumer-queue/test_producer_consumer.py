import threading
import time
import unittest

from solution import process_concurrently


class ProducerConsumerTests(unittest.TestCase):
    def setUp(self):
        self.baseline = threading.active_count()

    def assertNoLeakedThreads(self):
        for _ in range(100):
            if threading.active_count() <= self.baseline:
                return
            time.sleep(0.001)
        self.fail("worker threads are still running after process_concurrently returned")

    def test_basic_results_in_order(self):
        self.assertEqual(process_concurrently(range(10), lambda x: x * x, num_workers=3, max_queue=2),
                         [x * x for x in range(10)])
        self.assertNoLeakedThreads()

    def test_empty_input(self):
        self.assertEqual(process_concurrently([], str), [])
        self.assertNoLeakedThreads()

    def test_more_workers_than_items(self):
        self.assertEqual(process_concurrently(["a", "b"], str.upper, num_workers=8), ["A", "B"])
        self.assertNoLeakedThreads()

    def test_single_worker_single_slot(self):
        self.assertEqual(process_concurrently(range(50), lambda x: -x, num_workers=1, max_queue=1),
                         [-x for x in range(50)])
        self.assertNoLeakedThreads()

    def test_order_kept_when_completion_order_differs(self):
        first_may_finish = threading.Event()

        def work(x):
            if x == 0:
                if not first_may_finish.wait(timeout=5):
                    raise AssertionError("item 1 never finished")
            elif x == 1:
                first_may_finish.set()
            return x * 10

        self.assertEqual(process_concurrently([0, 1], work, num_workers=2), [0, 10],
                         "results must follow input order, not completion order")
        self.assertNoLeakedThreads()

    def test_work_runs_concurrently(self):
        barrier = threading.Barrier(3)

        def work(x):
            barrier.wait(timeout=5)  # only passes if 3 items are processed at the same time
            return x

        self.assertEqual(process_concurrently(range(6), work, num_workers=3, max_queue=1), list(range(6)))

    def test_generator_input(self):
        gen = (c for c in "hello")
        self.assertEqual(process_concurrently(gen, ord, num_workers=2), [ord(c) for c in "hello"])

    def test_back_pressure(self):
        workers, max_queue = 2, 3
        release = threading.Event()
        overrun = threading.Event()
        started = []

        def source():
            for i in range(200):
                if i - len(started) > max_queue + workers:  # never true when the queue is bounded
                    overrun.set()
                    release.set()
                yield i

        def work(x):
            started.append(x)
            release.wait(timeout=5)
            return x

        outcome = {}

        def run():
            outcome["result"] = process_concurrently(source(), work, num_workers=workers,
                                                     max_queue=max_queue)

        runner = threading.Thread(target=run)
        runner.start()
        overrun.wait(timeout=0.1)  # an unbounded producer overruns at once
        release.set()
        runner.join(timeout=5)
        self.assertFalse(overrun.is_set(), "the producer read too far ahead: the queue is not bounded")
        self.assertEqual(outcome.get("result"), list(range(200)))

    def test_exception_reraised_after_all_processed(self):
        processed = []
        lock = threading.Lock()

        def fragile(x):
            with lock:
                processed.append(x)
            if x % 4 == 3:
                raise ValueError(f"bad {x}")
            return x

        with self.assertRaises(ValueError) as ctx:
            process_concurrently(range(10), fragile, num_workers=3, max_queue=2)
        self.assertEqual(str(ctx.exception), "bad 3", "re-raise the error of the smallest index")
        self.assertEqual(sorted(processed), list(range(10)), "the other items must still be processed")
        self.assertNoLeakedThreads()

    def test_invalid_arguments(self):
        with self.assertRaises(ValueError):
            process_concurrently([1], str, num_workers=0)
        with self.assertRaises(ValueError):
            process_concurrently([1], str, max_queue=0)

    def test_many_items(self):
        total = process_concurrently(range(5000), lambda x: x % 7, num_workers=4, max_queue=16)
        self.assertEqual(sum(total), sum(x % 7 for x in range(5000)))
        self.assertNoLeakedThreads()


if __name__ == "__main__":
    unittest.main()
