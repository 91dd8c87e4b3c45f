class MinStack:
    def __init__(self):
        self.items = []
        self.minimum = None

    def push(self, value):
        self.items.append(value)
        if self.minimum is None or value < self.minimum:
            self.minimum = value

    def pop(self):
        value = self.items.pop()
        if not self.items:
            self.minimum = None
        return value

    def top(self):
        return self.items[-1]

    def get_min(self):
        return self.minimum

    def size(self):
        return len(self.items)
