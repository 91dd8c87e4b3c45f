import queue
import threading

_STOP = object()


def process_concurrently(items, worker, num_workers=4, max_queue=8):
    """Feed items through a bounded queue to worker threads; return results in input order."""
    if num_workers < 1 or max_queue < 1:
        raise ValueError("num_workers and max_queue must be at least 1")
    tasks = queue.Queue(maxsize=max_queue)
    results = {}
    errors = {}

    def consume():
        while True:
            task = tasks.get()
            if task is _STOP:
                return
            index, item = task
            try:
                results[index] = worker(item)
            except Exception as exc:
                errors[index] = exc

    threads = [threading.Thread(target=consume, daemon=True) for _ in range(num_workers)]
    for thread in threads:
        thread.start()
    count = 0
    try:
        for count, item in enumerate(items, start=1):
            tasks.put((count - 1, item))
    finally:
        tasks.put(_STOP)
        for thread in threads:
            thread.join()
    if errors:
        raise errors[min(errors)]
    return [results[i] for i in range(count)]
