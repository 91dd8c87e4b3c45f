class MinStack:
    def __init__(self):
        self.items = []
        self.mins = []

    def push(self, value):
        self.items.append(value)
        if not self.mins or value < self.mins[-1]:
            self.mins.append(value)

    def pop(self):
        value = self.items.pop()
        if value == self.mins[-1]:
            self.mins.pop()
        return value

    def top(self):
        return self.items[-1]

    def get_min(self):
        return self.mins[-1]

    def size(self):
        return len(self.items)
