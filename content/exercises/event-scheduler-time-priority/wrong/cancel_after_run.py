import heapq


class EventScheduler:
    """Run named events ordered by (time, priority, scheduling order)."""

    def __init__(self):
        self._heap = []
        self._pending = set()
        self._next_id = 1
        self._cancelled = set()

    def schedule(self, time, priority, name):
        event_id = self._next_id
        self._next_id += 1
        heapq.heappush(self._heap, (time, priority, event_id, name))
        self._pending.add(event_id)
        return event_id

    def cancel(self, event_id):
        if 0 < event_id < self._next_id and event_id not in self._cancelled:
            self._cancelled.add(event_id)
            self._pending.discard(event_id)
            return True
        return False

    def _discard_cancelled(self):
        while self._heap and self._heap[0][2] not in self._pending:
            heapq.heappop(self._heap)

    def peek(self):
        self._discard_cancelled()
        return self._heap[0][3] if self._heap else None

    def run_until(self, time):
        ran = []
        while True:
            self._discard_cancelled()
            if not self._heap or self._heap[0][0] > time:
                return ran
            _, _, event_id, name = heapq.heappop(self._heap)
            self._pending.remove(event_id)
            ran.append(name)

    def pending(self):
        return len(self._pending)
