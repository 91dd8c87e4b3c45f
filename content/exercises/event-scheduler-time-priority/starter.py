class EventScheduler:
    """Run named events ordered by (time, priority, scheduling order)."""

    def __init__(self):
        pass

    def schedule(self, time, priority, name):
        raise NotImplementedError

    def cancel(self, event_id):
        raise NotImplementedError

    def peek(self):
        raise NotImplementedError

    def run_until(self, time):
        raise NotImplementedError

    def pending(self):
        raise NotImplementedError
