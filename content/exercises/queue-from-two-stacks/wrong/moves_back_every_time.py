class StackQueue:
    def __init__(self):
        self.main = []
        self.temp = []

    def enqueue(self, value):
        self.main.append(value)

    def _front(self, remove):
        while self.main:
            self.temp.append(self.main.pop())
        value = self.temp.pop() if remove else self.temp[-1]
        while self.temp:
            self.main.append(self.temp.pop())
        return value

    def dequeue(self):
        return self._front(True)

    def peek(self):
        return self._front(False)

    def size(self):
        return len(self.main)
