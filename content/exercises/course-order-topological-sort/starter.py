def course_order(n: int, prerequisites: list[list[int]]) -> list[int]:
    """Return the order of courses (smallest available first), or [] if impossible."""
    raise NotImplementedError
