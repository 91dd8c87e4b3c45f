import queue
import threading


def process_concurrently(items, worker, num_workers=4, max_queue=8):
    """Feed items through a bounded queue to worker threads; return results in input order."""
    raise NotImplementedError
