class MedianTracker:
    def __init__(self):
        self.values = []

    def add(self, num):
        self.values.append(num)

    def median(self):
        ordered = sorted(self.values)
        n = len(ordered)
        if n % 2:
            return float(ordered[n // 2])
        return (ordered[n // 2 - 1] + ordered[n // 2]) / 2
