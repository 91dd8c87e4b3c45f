class StackQueue:
    def __init__(self):
        self.inbox = []
        self.outbox = []

    def enqueue(self, value):
        self.inbox.append(value)

    def _move(self):
        while self.inbox:
            self.outbox.append(self.inbox.pop())

    def dequeue(self):
        self._move()
        return self.outbox.pop()

    def peek(self):
        self._move()
        return self.outbox[-1]

    def size(self):
        return len(self.inbox) + len(self.outbox)
