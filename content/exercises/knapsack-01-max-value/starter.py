def best_pack_value(weights: list[int], values: list[int], capacity: int) -> int:
    """Return the best total value of items (each at most once) within capacity."""
    raise NotImplementedError
