def least_intervals(tasks: list[str], cooldown: int) -> int:
    """Return the fewest time slots needed to run all tasks with the cooldown rule."""
    raise NotImplementedError
