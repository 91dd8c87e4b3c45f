class MedianTracker:
    """Track the median of a growing collection of integers."""

    def __init__(self):
        pass

    def add(self, num: int) -> None:
        raise NotImplementedError

    def median(self) -> float:
        raise NotImplementedError
