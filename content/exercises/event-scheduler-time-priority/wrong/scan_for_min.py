class EventScheduler:
    def __init__(self):
        self._events = {}
        self._next_id = 1

    def schedule(self, time, priority, name):
        event_id = self._next_id
        self._next_id += 1
        self._events[event_id] = (time, priority, event_id, name)
        return event_id

    def cancel(self, event_id):
        return self._events.pop(event_id, None) is not None

    def peek(self):
        if not self._events:
            return None
        return min(self._events.values())[3]

    def run_until(self, time):
        ran = []
        while self._events:
            first = min(self._events.values())
            if first[0] > time:
                break
            del self._events[first[2]]
            ran.append(first[3])
        return ran

    def pending(self):
        return len(self._events)
